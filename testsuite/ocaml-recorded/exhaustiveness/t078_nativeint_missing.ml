let f = function 5n -> 1
