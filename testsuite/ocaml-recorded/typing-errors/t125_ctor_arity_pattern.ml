type shape = Rect of float * float | Circle of float
let area = function
  | Rect w -> w *. w
  | Circle r -> r *. r
