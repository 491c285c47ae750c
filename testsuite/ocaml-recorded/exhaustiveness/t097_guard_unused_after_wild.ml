let f x = match x with _ -> 0 | y when y > 0 -> 1
