let f = function 1.0 -> 1 | 1. -> 2 | _ -> 3
