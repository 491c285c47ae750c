let f x =
  let a = x + 1 in
  let b = x + 2 in
  x
