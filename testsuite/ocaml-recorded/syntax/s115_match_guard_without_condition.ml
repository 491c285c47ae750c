let sign n =
  match n with
  | x when -> "positive"
  | _ -> "other"
