let functor = 1
