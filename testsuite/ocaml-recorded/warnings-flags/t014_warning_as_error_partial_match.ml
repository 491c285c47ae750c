(* flags: -w @8 *)
let name = function 0 -> "zero"
