let f = function 'a'..'c' -> 1 | ('a'..'b' | 'x') -> 2 | _ -> 3
