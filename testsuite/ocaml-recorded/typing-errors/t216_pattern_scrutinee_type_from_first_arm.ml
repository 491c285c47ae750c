let describe x =
  match x with
  | Some n -> string_of_int n
  | [] -> "empty"
