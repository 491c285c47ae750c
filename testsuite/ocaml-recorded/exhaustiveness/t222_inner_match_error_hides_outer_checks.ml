let f o l = match o with
  | Some _ -> (match l with [] -> 0 | x :: _ -> x + "a")
