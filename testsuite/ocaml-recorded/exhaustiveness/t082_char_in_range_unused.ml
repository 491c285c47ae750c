let f = function 'a'..'z' -> 1 | 'q' -> 2 | _ -> 3
