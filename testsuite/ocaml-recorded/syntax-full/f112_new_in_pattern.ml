let f x = match x with
  | new -> 0
