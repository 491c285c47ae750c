let rec z = 1 :: (let rec x = 0 :: y and y = 0 :: x in if x == z then x else y)
