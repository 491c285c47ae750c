let f l = let (x :: _) = l in x
