let f l = match l with
  | [] -> 0
  | [x] -> x + "a"
