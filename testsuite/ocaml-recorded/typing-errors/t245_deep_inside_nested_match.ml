let classify a b =
  match a with
  | None -> "none"
  | Some x ->
    match b with
    | [] -> "empty"
    | y :: _ ->
      match compare x y with
      | 0 -> "equal"
      | n -> n
