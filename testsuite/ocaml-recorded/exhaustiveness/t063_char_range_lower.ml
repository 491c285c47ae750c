let f = function 'a'..'z' -> 1
