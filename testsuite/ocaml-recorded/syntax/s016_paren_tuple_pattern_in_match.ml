let swap p =
  match p with
  | (a, b -> (b, a)
