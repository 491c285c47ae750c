let virtual = 1
