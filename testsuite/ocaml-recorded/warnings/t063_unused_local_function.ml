let compute x =
  let helper y = y * 2 in
  x + 1
