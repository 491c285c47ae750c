type a = A of b
and b = B of c
and c = C of d
and d = D of e
and e = E of f
and f = F of int * int
let g (x : a option) = match x with None -> 0
