(* value and exception patterns in one case with a guard *)
let find tbl k = match Hashtbl.find tbl k with
  | 0 | exception Not_found when k > 0 -> None
  | v -> Some v
