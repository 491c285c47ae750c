(* flags: -w +9 *)
type r = { a : int; b : int }
let f = function { a = 0 } -> 1
