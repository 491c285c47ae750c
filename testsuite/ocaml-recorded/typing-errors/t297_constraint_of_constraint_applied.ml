let f x = ((x : int) : int) 1
