let private = 1
