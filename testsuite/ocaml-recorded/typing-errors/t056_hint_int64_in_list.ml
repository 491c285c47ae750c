let sizes : int64 list = [1L; 2L; 3]
