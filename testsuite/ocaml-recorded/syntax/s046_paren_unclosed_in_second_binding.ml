let a = 1
and b = (2 + 3
and c = 4
