let kind = function
  | 'a'..'z' -> "lower"
  | 'A'..'Z' -> "upper"
  | '0'..'9' -> "digit"
  | _ -> "other"
