let f = function "x" -> 0 | "" -> 1 | "yy" -> 2
