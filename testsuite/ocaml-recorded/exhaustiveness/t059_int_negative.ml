let f = function -1 -> 0 | 0 -> 1
