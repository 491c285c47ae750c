(* flags: -w +A@26 *)
let f x =
  let unused = 1 in
  match x with 0 -> "zero" | _ -> "other"
