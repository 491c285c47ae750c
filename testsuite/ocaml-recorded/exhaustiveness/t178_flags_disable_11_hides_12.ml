(* flags: -w -11 *)
let f = function 1 | 1 -> 0 | _ -> 1
