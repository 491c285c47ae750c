(* `x <- e` for a reference: x is no instance variable. *)
let f () =
  let x = ref 0 in
  x <- 1;
  !x
