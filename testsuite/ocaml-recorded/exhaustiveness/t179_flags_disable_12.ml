(* flags: -w -12 *)
let f = function 1 | 1 -> 0 | _ -> 1 | 2 -> 3
