let f = function Some 1 -> 1 | ((Some 1 as x) | (None as x)) -> ignore x; 2 | _ -> 3
