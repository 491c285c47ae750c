let classify = function
  | n when n < 0 -> "negative"
  | 0 -> "zero"
  | n when n mod 2 = 0 || n > 100 -> "even or big"
  | _ -> "odd"
