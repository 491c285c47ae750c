let report x =
  print_int x
  print_newline ()
