let x = and* y = 1 in y
