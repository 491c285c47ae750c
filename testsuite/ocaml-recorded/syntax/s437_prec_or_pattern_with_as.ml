let f = function
  | (1 | 2) as n -> n
  | (3 | 4 as n) -> n * 10
  | n -> -n
