let f x =
  let first = 1 in
  let second = 2 in
  let third = 3 in
  x
