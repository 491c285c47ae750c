type t = A | B | C
let f x y = match x, y with (A | B), true -> 1
