(* flags: -w +A *)
type color = Red | Green
let c = Red
