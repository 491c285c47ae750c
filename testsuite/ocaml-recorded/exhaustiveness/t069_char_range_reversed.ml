let f = function 'z'..'a' -> 1
