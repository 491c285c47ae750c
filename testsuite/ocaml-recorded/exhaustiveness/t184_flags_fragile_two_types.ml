(* flags: -w +4 *)
type t = A | B
type u = C | D
let f = function (A, C) -> 1 | _ -> 0
