let rec x = [| 1.; y |] and y = fst (x.(0), 2.)
