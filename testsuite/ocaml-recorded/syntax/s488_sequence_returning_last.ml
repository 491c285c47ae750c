let f r =
  r := 1;
  r := !r + 1;
  !r
