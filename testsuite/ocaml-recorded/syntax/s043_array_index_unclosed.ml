let first a = a.(0
let y = 1
