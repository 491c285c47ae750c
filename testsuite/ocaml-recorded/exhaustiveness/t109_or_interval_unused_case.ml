let f = function 'a'..'z' -> 1 | 'b'..'d' -> 2 | _ -> 3
