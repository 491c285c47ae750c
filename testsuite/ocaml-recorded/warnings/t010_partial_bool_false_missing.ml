let to_int b = match b with true -> 1
