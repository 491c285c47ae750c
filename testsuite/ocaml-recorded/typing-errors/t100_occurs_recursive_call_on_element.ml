let rec flatten = function
  | [] -> []
  | x :: rest -> x :: flatten x
