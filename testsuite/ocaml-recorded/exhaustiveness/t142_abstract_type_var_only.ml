type t
let f (x : t) = match x with y -> y
