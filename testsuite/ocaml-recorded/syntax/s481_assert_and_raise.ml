exception Negative of int
let check x =
  assert (x <> 0);
  if x < 0 then raise (Negative x) else x
let fail () = raise Not_found
let bad () = failwith "bad"
