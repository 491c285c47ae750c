let plus (x y) = x + y
