type shape = Circle of float | Rect of float * float

let area s =
  match s with
  | Circle r -> 3.14 *. r *. r
  | Rect (w, h -> w *. h
