let f x = x.~y
