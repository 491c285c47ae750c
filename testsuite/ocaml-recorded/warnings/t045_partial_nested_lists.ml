let f = function [[]] -> 0 | [] -> 1
