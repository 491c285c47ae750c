let log msg =
  print_endline
    ("[log] " ^ msg)
    ()
