let next = function 0 -> 1 | 1 -> 2
