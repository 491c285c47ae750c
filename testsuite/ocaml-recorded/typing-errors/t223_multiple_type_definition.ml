type t = A | B
let first = A
type t = C of int
