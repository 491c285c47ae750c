let f b = match b with true -> 1
