type a = b and b = c and c = a option
