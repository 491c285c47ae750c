let total = List.fold_left (fun acc x -> acc +. x) 0 [1.; 2.]
