let f o flag =
  if flag then
    match o with
    | Some x -> x
    | None -> 0
  else 1
