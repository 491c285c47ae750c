let f = function Some x when x > 0 -> 1 | Some _ -> 2 | None -> 3
