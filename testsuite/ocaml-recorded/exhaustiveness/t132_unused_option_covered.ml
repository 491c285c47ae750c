let f = function None -> 0 | Some _ -> 1 | Some 3 -> 2
