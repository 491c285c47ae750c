let f = function
  | [x; _] | [_; x] when x = 0 -> 1
  | _ -> 0
