let f = function _ -> 0 | 1 -> 1
