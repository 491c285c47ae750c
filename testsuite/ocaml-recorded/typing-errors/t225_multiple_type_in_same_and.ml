type shape = Circle of float
and shape = Square of float
