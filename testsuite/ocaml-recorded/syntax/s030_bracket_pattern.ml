let sum2 l =
  match l with
  | [x; y -> x + y
  | _ -> 0
