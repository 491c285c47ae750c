let flags = 0b102
