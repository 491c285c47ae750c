let lookup k : int option = if k = "a" then Some "one" else None
