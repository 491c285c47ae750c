let f ~(x : int = x
