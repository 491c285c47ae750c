let () = ignore (List.fold_left ( + ) 0)
