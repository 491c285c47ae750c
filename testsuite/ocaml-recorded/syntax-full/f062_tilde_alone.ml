let f ~ = 1
