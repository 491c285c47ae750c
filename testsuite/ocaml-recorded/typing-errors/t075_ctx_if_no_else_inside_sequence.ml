let log_count n =
  if n > 100 then "too many";
  print_int n
