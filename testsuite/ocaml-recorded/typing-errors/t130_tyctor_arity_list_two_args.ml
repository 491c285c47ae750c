let pairs : (int, string) list = []
