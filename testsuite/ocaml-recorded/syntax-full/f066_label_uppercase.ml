let f ~X = X
