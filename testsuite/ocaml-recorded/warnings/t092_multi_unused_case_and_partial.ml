let f = function Some 0 -> 0 | Some 0 -> 1
