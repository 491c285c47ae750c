let f x = match x with y when (y : int) -> 1 | _ -> 2
