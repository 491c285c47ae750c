let f = function 0x0 -> 1 | 0b1 -> 2
