(* flags: -w +4 *)
type t = A | B
let f = function A -> 1 | _ -> 0
