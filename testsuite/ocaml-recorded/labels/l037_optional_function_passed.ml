let f ?(x = 1) y = x + y
let l = List.map f [1; 2]
let g h = h 1
let r = g f
let k (h : int -> int) = h 2
let s = k (fun ?(y = 0) z -> y + z)
