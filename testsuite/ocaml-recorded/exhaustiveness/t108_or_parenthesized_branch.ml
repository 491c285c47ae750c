let f = function 1 -> 1 | (1) | (2) -> 2 | _ -> 3
