let f = function Some (1 | 1) -> 1 | _ -> 0
