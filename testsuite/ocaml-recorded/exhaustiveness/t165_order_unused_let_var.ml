let f l = let z = 3 in match l with [] -> 0
