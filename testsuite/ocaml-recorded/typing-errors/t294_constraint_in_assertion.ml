let f x = assert (x : int)
