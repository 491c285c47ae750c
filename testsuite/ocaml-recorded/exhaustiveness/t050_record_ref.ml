let f r = match r with { contents = true } -> 1
