let divisors n =
  for d = 2 to sqrt (float_of_int n) do
    if n mod d = 0 then print_int d
  done
