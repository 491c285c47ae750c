let count = 10u
