let f = function
  | \n -> 0
  | _ -> 1
