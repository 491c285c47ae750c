let to_int b =
  match b with
  | true -> 1
  | false -> 0
  end
