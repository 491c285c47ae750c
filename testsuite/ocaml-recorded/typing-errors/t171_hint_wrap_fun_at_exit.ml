let () = at_exit (print_endline "bye")
