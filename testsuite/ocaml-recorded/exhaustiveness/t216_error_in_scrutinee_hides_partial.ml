let f x = match x + "a" with
  | 0 -> true
