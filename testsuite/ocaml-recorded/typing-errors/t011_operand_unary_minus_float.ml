let neg (x : float) = - x
