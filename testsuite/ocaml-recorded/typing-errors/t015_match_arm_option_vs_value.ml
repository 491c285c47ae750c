let find x l =
  match List.filter (fun y -> y = x) l with
  | [] -> None
  | y :: _ -> y + 1
