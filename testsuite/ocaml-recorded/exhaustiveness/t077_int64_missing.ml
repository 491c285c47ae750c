let f = function 0L -> 1
