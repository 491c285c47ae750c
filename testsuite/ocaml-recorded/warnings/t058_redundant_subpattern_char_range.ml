let f = function ('a' .. 'z' | 'q') -> true | _ -> false
