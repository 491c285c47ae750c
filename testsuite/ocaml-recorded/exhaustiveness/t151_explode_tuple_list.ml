type s = S of int * bool
type r = { a : int; b : bool }
let i (x : (s * r) list) = match x with [] -> 0
