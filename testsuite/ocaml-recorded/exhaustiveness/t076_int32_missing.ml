let f = function 0l -> 1 | 1l -> 2
