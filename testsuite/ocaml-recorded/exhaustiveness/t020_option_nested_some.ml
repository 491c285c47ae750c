let f = function None -> 0 | Some None -> 1
