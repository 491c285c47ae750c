let head_or d (l : _ list) = match l with [] -> d | x :: _ -> x
let first_of (p : _ * _) = fst p
