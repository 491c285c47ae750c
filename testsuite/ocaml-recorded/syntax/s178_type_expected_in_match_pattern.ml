let f v =
  match v with
  | (n : ) -> n
