let f = function '\000'..'\255' -> 1 | 'a' -> 2
