type shape = Circle of float | Point | Rect of float * float | Empty
let area s = match s with Circle r -> r *. r
