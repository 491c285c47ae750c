let x = (3.0 : int)
