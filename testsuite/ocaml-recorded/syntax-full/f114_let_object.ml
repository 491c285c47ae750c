let object = 1
