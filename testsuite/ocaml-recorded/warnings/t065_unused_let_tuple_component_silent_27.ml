let f p = let (a, b) = p in a + 1
