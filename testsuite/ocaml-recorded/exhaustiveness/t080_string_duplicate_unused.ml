let f = function "a" -> 1 | "a" -> 2 | _ -> 3
