let pair_with_one = (fun x y -> (x, y)) 1
let pair_one y = (fun x y -> (x, y)) 1 y
