let rec l = 1 :: List.rev l
