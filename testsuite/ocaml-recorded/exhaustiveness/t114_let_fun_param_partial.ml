let f (Some x) = x
