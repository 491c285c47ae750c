let f x = if (let y = x + 1 in (y : int)) then 1 else 2
