let ratio = 1.5l
