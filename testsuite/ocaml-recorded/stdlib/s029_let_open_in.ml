let n = let open List in length [1; 2; 3]
