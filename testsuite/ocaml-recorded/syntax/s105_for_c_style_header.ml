let () =
  for (i = 0; i < 10; i++) do
    print_int i
  done
