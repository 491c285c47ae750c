let safe_div a b =
  try a / b with
  | Division_by_zero -> 0
  | Failure _ | Not_found -> -1
