let x = let* y = 1 y
