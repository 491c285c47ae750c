let merge a b = match a, b with
  | Some x, Some y -> x + y
  | None, None -> 0
