type t = A | B
let f x y = match x, y with
  | A, A -> 1
  | B, B -> 2
