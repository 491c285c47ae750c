let () =
  print_int 3 in
  print_newline ()
