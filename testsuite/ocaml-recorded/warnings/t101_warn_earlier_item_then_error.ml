let name = function 0 -> "zero"
let n = name "one"
