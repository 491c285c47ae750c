let big = Int64.add 1L 2
