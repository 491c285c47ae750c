let sum_list l =
  match l with
  | [] -> 0
  | x :: rest -> x + sum_list rest
