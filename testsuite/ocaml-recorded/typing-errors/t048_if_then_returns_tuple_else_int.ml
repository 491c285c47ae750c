let split n = if n > 10 then (n / 2, n - n / 2) else n
