let rec z = 1 :: (let rec x = fun () -> y and y = z in x ())
