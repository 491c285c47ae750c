let is_zero (n : int) = match n with 0. -> true | _ -> false
