let y x = 2x + 1
