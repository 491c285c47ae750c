let rec ones = 1 :: ones
let rec abab = 'a' :: 'b' :: abab
