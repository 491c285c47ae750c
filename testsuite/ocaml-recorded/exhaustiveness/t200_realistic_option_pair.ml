let combine a b = match a, b with
  | Some x, Some y -> Some (x + y)
  | None, None -> None
