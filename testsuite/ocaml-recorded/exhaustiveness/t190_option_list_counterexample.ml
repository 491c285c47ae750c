let f = function Some [] -> 0 | None -> 1
