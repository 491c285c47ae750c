let f x = ((x) : int) 1
