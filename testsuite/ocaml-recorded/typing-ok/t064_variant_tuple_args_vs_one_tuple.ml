type two = Two of int * string
type one = One of (int * string)
let a = Two (1, "x")
let pair = (2, "y")
let b = One pair
let unpack_one (One p) = p
let unpack_two (Two (n, s)) = (n, s)
