let first l = match l with (x :: _ as whole) -> x | [] -> 0
