let f o =
  match o with
  | Some n as 5 -> n
  | None -> 0
