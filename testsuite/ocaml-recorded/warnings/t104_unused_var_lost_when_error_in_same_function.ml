let f o =
  let unused = 0 in
  match o with Some x -> x + "1"
