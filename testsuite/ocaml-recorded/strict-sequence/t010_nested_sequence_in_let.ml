(* flags: -strict-sequence *)
let f x =
  let y = x + 1 in
  y; print_int y
