let g () =
  let (a, Some b) = (1, Some (2 + "x")) in
  a + b
