(* flags: -w +40 *)
let e : (int, string) Either.t = Left 1
