let rec length l =
  match l with
  | [] -> 0
  | x :: -> 1 + length x
