let classify n = if n < 0 then `Negative 1 else if n = 0 then `Zero else `Positive n
let show = function `Negative -> "-" | `Zero -> "0" | `Positive n -> string_of_int n
let s = show (classify 3)
