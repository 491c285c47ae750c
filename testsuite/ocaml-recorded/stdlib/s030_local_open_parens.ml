let n = List.(length [1; 2; 3])
