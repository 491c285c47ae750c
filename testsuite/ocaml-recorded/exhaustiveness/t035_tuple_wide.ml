type t = A | B
let f = function
  | (A, A, A, A, A) -> 1
  | (B, _, _, _, _) -> 2
