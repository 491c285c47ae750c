let n = 1_000a
