let x = let open List length [1]
