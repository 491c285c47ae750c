let f = function
  | -1 -> "minus one"
  | 0 -> "zero"
  | _ -> "other"
let g = function
  | -1.5 -> true
  | _ -> false
