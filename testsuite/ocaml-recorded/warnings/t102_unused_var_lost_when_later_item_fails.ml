let f x = let y = 2 in x
let g = f + 1
