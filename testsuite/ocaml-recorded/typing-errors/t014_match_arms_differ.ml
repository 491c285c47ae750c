let name = function
  | 0 -> "zero"
  | 1 -> "one"
  | _ -> 2
