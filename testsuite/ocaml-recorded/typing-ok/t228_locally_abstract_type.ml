let f (type a) (x : a) : a = x
