(* an exception case in `function`: only `match` has them *)
let classify = function
  | 0 -> "zero"
  | exception Not_found -> "missing"
  | _ -> "other"
