let is_zero = function
  | 0 true
  | _ -> false
