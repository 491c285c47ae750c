let f ? = 1
