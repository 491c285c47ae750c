let rec merge l1 l2 = match l1, l2 with
  | [], l | l, [] -> l
  | x :: xs, y :: ys -> if x < y then x :: merge xs l2 else y :: merge l1 ys
  | [], [] -> []
