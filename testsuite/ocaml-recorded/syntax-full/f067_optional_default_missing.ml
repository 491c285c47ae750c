let f ?(x =) = x
