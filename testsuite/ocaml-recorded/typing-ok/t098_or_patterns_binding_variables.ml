type shape = Circle of float | Square of float | Rect of float * float
let main_size = function
  | Circle s | Square s | Rect (s, _) -> s
let has_zero = function (0, _) | (_, 0) -> true | _ -> false
