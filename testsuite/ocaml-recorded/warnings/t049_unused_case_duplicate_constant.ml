let name = function 0 -> "zero" | 1 -> "one" | 0 -> "again" | _ -> "many"
