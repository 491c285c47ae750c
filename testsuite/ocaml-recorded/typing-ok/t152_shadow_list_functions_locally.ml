let length = 42
let fst (a, _, _) = a
let first = fst (1, 2, 3)
let n = List.length [length]
