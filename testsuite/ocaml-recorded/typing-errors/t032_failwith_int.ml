let check n = if n < 0 then failwith n else n
