let f s b = match s, b with "a\n\"b\\", true -> 1
