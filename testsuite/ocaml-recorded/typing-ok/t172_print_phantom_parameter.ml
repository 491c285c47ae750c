type 'a id = int
let make n : 'a id = n
let same (a : 'a id) (b : 'a id) = a = b
