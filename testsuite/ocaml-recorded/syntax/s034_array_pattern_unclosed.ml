let sum_pair = function
  | [| a; b -> a + b
  | _ -> 0
