let f b = match b with true -> 1
let g l = match l with
  | [] -> 0
  | x :: _ -> x +. 1.
