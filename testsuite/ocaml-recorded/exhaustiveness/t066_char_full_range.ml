let f = function '\000'..'\255' -> 1
