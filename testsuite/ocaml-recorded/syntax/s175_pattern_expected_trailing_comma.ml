let first p =
  let (a, ) = p in
  a
