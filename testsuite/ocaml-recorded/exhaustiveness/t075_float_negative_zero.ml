let f = function -0.0 -> 1
