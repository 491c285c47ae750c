type t = A | B
let f x y = match x, y with
  | A, A -> 1
  | A, B -> 2
  | B, _ -> 3
