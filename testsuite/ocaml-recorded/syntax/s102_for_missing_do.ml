let () =
  for i = 0 to 9
    print_int i
  done
