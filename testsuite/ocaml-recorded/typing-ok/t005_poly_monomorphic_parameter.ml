let apply_both g = (g 1, g 2)
let apply_pair g (a, b) = (g a, g b)
