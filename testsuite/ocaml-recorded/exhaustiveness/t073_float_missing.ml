let f = function 0.0 -> "zero" | 1.5 -> "x"
