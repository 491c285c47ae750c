let f = function (x, 0) | (0, y) -> 1 | _ -> 2
