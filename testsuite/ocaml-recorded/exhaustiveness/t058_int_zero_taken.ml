let f = function 1 -> "a" | 0 -> "b" | 2 -> "c"
