let classify x = match x with
  | n -> "any"
  | 0 -> "zero"
