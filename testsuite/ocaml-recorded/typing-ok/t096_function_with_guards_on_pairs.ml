let compare_pair = function
  | (a, b) when a = b -> 0
  | (a, b) when a < b -> -1
  | _ -> 1
