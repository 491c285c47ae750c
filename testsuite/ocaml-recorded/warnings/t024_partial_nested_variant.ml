type shape = Circle of float | Rect of float * float
type item = Shape of shape | Label of string
let area = function
  | Shape (Circle r) -> 3.14 *. r *. r
  | Label _ -> 0.
