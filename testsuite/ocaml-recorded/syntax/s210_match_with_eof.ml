let f x =
  match x with
