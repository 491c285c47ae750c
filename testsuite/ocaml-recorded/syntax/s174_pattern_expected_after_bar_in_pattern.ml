let small n =
  match n with
  | 1 | 2 | -> true
  | _ -> false
