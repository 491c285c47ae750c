let sign = function -1 -> "minus one" | 0 -> "zero" | _ -> "other"
let half = function 0.5 -> true | _ -> false
let neg_float = function -1.5 -> "a" | _ -> "b"
