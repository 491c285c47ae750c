let () = List.iter fun x -> print_int x [1; 2; 3]
