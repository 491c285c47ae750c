let g = if (1 : int) then 1 else 2
