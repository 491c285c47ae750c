let f ?(x = (1, 2)) () = let (a, _) = x in a
let g ?x:(p = 3) () = p + 1
let h ~x:(a, b) = a + b
let i = h ~x:(1, 2)
