let rec x = let y = () in x
