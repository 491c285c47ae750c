let make = function
  | new -> 0
  | _ -> 1
