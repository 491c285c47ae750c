let f = function Some 0 -> 1 | None -> 0
