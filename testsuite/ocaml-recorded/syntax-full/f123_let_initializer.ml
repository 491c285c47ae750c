let initializer = 1
