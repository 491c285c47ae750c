let set a b = a := !b + 1
