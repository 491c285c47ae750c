type t = A | B of int | C of string * bool
let f = function A -> 0 | B n -> n | C (s, b) -> if b then String.length s else 0
