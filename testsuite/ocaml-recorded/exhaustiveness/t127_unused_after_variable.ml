let f x = match x with y -> y | 0 -> 1
