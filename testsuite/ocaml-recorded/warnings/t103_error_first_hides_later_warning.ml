let a = 1 + "x"
let b = function true -> 1
