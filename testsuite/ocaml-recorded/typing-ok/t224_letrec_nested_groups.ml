let rec z = 1 :: (let rec x = 2 :: y and y = 3 :: z in x)
let rec z2 = 1 :: (let rec x = (fun () -> y) and y = 0 :: z2 in y)
let rec z3 = (let rec x = 0 :: y and y = 0 :: x and w = z3 in x)
