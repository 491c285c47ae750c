let f x y = match x with
  | Some a -> (match y with [] -> a)
  | None -> 0
