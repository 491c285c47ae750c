let () = print_int (3 + 4));
