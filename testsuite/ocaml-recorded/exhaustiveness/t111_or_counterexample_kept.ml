type t = A | B | C | D
let f x y = match x, y with (A | B | C), true -> 1
