let digit = function '0' .. 9 -> true | _ -> false
