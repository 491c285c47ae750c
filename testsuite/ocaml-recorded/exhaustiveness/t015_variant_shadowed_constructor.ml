type t = A | B
type u = A | C
let f (x : t) = match x with A -> 1
