let kind = function 'a' .. 'z' -> "lower" | 'A' .. 'Z' -> "upper"
