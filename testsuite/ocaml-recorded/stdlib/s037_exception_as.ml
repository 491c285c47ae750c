(* `exception E as e` is `(exception E) as e`: an alias of an exception pattern *)
let safe_div a b = match a / b with
  | q -> Ok q
  | exception Division_by_zero as e -> ignore e; Error "division by zero"
