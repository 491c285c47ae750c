let rec f ~n = if n = 0 then 0 else f ~n:(n - 1)
let g ?(acc = []) l = List.rev_append l acc
let h = g [1]
