let rec loop n = if n = 0 then 0 else loop (n - 1)
and loop m = m
