let both a b = a && b
let r = both 1 0
