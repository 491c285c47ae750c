let f ~x = x
let g = (f : int -> int)
