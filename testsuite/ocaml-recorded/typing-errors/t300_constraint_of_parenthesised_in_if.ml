let f x = if ((x) : int) then 1 else 2
