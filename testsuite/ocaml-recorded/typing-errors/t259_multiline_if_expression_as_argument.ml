let show args =
  print_int
    (if List.length args > 1
     then "has arguments"
     else "no arguments")
