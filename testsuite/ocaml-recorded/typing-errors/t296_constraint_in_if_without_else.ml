let f x = if x then (1 : int)
