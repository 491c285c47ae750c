let f = function Some true -> 1 | None -> 0
