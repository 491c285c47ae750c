let parse s =
  match int_of_string s with
  | n -> Some n
  | exception Failure _ -> None
