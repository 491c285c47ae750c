let name = function 0 -> "zero" | "one" -> "one" | _ -> "many"
