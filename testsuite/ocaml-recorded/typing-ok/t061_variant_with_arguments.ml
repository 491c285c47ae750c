type shape = Circle of float | Rect of float * float | Square of float
let area = function
  | Circle r -> 3.14159 *. r *. r
  | Rect (w, h) -> w *. h
  | Square s -> s *. s
