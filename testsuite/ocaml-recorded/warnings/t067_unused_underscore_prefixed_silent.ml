let f x =
  let _tmp = x * 2 in
  let _ = x + 1 in
  x
