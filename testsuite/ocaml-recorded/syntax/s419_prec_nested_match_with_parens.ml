let f a b =
  match a with
  | 0 -> (match b with
          | 0 -> "both zero"
          | _ -> "a zero")
  | _ -> "a not zero"
