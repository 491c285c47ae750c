type t = A of int * int | B of (int * int)
let a = A (1, 2)
let b = B (1, 2)
let f = function A (x, y) -> x + y | B p -> fst p
