let first_two l = let [a; b] = l in a + b
