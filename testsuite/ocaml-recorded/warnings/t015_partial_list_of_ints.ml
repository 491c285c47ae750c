let starts_with_zero = function 0 :: _ -> true | [] -> false
