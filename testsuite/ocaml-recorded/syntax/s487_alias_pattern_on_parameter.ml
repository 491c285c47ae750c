let f ((a, b) as p) = if a > b then p else (b, a)
