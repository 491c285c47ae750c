let x = 5 in in x
