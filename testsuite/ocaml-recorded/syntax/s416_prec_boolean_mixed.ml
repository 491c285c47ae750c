let f a b c = a || b && c
let g x y = x < y || x = 0 && y <> 0
let h s = "a" ^ s = "ab"
