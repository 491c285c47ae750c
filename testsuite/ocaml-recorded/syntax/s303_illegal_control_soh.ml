let total = 3 + 4
