let f = function 'a' -> 1 | 'b' -> 2
