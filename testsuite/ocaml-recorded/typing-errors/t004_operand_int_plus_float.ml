let total = 1 + 2.5
