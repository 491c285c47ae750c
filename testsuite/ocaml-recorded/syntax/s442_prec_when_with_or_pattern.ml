let f = function
  | (0 | 1) when true -> "small"
  | n when n < 0 || n > 100 -> "out of range"
  | _ -> "medium"
