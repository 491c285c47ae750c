let f = function 'a'..'z' | 'A'..'Z' -> 1 | '0'..'9' -> 2
