let describe n =
  match n with
  | 0 -> "zero"
  | n when n > 0 -> ("positive: " ^ string_of_int n
  | _ -> "negative"
