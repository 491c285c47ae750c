type tree = tree option
