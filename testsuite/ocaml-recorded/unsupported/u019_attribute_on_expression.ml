let f x = (x + 1) [@inline]
