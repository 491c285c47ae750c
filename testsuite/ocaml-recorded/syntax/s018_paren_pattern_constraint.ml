let succ_int (x : int = x + 1
