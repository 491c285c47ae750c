let rec z = 0 :: (let rec x = 0 :: y and y = 0 :: x and w = (fun () -> z) () in x)
