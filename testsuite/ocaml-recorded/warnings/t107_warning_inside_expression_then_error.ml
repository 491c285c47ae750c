let r = (match 1 with 0 -> 0) + 1.5
