(* flags: -w @8 *)
let f = function Some x -> x
