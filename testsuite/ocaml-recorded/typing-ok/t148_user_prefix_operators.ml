let ( ~~ ) x = - x
let ( !! ) r = !(!r)
let ( ?? ) o = o <> None
let neg = ~~ 5
