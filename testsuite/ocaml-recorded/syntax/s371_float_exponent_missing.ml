let big = 1.5e
