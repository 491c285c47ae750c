let [a; b] = [1; 2]
