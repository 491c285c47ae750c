type shape = Rect of float * float | Circle of float
let area = function
  | Rect (w, h) -> w *. h
  | Circle (r, _) -> r *. r
