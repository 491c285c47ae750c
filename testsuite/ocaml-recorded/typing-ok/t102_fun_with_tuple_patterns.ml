let add_pairs = fun (a, b) (c, d) -> (a + c, b + d)
let dist (x1, y1) (x2, y2) = sqrt ((x2 -. x1) ** 2. +. (y2 -. y1) ** 2.)
