let f = function None -> 0 | Some _ -> 1 | (None | Some _) -> 2
