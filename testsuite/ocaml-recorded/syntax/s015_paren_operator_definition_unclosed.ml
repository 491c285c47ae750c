let ( +! a b = a + b + 1
