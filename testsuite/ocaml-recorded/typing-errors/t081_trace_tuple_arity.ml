let add3 ((a, b, c) : int * int * int) = a + b + c
let pair = (1, 2)
let r = add3 pair
