let rec even n = n = 0 || odd (n - 1)
and
