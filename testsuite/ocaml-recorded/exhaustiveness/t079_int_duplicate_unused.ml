let f = function 1 -> "a" | 2 -> "b" | 1 -> "c" | _ -> "d"
