let () = print_int (sqrt 16.)
