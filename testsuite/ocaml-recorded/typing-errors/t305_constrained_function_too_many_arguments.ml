let f (x : int) = x
let g = (f : int -> int) 1 2
