let () =
  for i in 0 to 9 do
    print_int i
  done
