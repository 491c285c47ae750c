let sign n =
  match n with
  | x -> when x > 0 "positive"
  | _ -> "other"
