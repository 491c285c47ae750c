let is_pair l = match l with [a; a] -> true | _ -> false
