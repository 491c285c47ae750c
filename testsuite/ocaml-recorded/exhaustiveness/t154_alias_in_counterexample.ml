type t = A | B | C
let g x y = match x, y with (A | B) as z, true -> z
