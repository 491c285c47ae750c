type t = A | B | C
type u = t = A | B | C
let f (x : u) = match x with A -> 1 | B -> 2
