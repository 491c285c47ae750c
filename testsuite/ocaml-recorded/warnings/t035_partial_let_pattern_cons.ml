let split l = let x :: rest = l in (x, rest)
