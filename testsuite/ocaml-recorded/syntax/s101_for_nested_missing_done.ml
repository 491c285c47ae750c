let print_grid n =
  for i = 1 to n do
    for j = 1 to n do
      print_int (i * j)
    done;
    print_newline ()

let () = print_grid 3
