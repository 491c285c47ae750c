let f x =
  print_int x
done
