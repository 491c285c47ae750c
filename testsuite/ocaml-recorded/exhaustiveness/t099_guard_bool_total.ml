let f b = match b with true when b -> 1 | true -> 2 | false -> 3
