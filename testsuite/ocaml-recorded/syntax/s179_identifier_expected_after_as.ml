let f p =
  match p with
  | (x, _) as -> x
