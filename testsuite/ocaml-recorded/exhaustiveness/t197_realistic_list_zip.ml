let rec zip l1 l2 = match l1, l2 with
  | [], [] -> []
  | x :: xs, y :: ys -> (x, y) :: zip xs ys
