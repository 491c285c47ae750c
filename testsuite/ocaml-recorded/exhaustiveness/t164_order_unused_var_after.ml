let f x = match x with Some y -> 1
