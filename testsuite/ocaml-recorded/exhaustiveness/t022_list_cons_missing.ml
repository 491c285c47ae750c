let f l = match l with [] -> 0
