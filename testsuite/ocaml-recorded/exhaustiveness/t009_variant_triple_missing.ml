type t = A | B | C
let f = function
  | (A, _, _) -> 0
  | (_, B, _) -> 1
  | (_, _, C) -> 2
