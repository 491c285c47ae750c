(* flags: -w +4 *)
let f = function true -> 1 | _ -> 0
