let first l =
  match l with
  | [x) -> x
  | _ -> 0
