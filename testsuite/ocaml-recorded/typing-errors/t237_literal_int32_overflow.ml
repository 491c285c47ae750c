let x = Int32.add 1l 2147483649l
