let ( *! ) a b = a * b + 1
let ( +! ) a b = a + b + 1
let x = 1 +! 2 *! 3
