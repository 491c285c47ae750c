let x = let* = 1 in 2
