let split n =
  match n with
  | 0 -> 0, 0
  | n -> n / 2, n - n / 2
