let rec sum = function
  | x :: rest -> x + sum rest
  | [x] -> x ^ "total"
