let f = function Some 0 when true -> 0 | None -> 1
