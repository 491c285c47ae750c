let g l = List.length l
let rec z = 1 :: (let rec x = 2 :: y and y = g z :: [] in x)
