(* flags: -w +A *)
let rec square x = x * x
