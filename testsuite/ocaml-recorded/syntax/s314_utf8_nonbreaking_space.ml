let x = 1
