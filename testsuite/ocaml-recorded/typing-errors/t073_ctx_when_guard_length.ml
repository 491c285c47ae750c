let describe l = match l with
  | x :: _ when List.length l -> x
  | _ -> 0
