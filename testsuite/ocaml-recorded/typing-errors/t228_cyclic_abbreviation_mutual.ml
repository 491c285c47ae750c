type a = b * int
and b = a list
