type ('a, 'b) p2 = 'b
let f2 : 'a -> ('a, int) p2 -> 'a = fun x _ -> x
let g2 x = f2 x x
