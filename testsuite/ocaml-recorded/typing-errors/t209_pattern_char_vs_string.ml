let is_yes = function "y" -> true | 'Y' -> true | _ -> false
