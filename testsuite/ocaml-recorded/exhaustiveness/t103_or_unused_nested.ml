let f = function Some (1 | 2 | 1) -> 1 | _ -> 0
