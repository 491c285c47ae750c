let same_ref a b = a == b
let different a b = a != b
let l = [1]
let is_same = l == l
