let n = Lst.length [1; 2]
