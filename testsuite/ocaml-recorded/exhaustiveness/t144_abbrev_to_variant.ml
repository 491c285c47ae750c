type t = A | B
type u = t
let f (x : u) = match x with A -> 0
