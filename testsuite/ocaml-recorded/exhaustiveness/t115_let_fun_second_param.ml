let f x (y :: _) = x + y
