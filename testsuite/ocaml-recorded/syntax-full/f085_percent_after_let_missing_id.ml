let% x = 1
