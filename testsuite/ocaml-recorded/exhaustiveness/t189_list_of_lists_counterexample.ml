let f = function [[1]] -> 1
