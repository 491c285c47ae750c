let f a b =
  match a with
  | Some x -> (match b with [] -> x)
  | None -> 0
