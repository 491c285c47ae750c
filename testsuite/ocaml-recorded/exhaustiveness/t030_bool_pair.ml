let xor a b = match a, b with
  | true, false -> true
  | false, true -> true
  | true, true -> false
