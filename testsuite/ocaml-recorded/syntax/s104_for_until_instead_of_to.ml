let () =
  for i = 0 until 10 do
    print_int i
  done
