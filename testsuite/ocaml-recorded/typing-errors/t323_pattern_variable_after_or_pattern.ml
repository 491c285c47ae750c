let f = function ((x, 1) | (x, 2)), x -> x
