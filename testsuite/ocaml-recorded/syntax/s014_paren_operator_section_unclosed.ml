let product = List.fold_left ( * 1 [2; 3; 4]
