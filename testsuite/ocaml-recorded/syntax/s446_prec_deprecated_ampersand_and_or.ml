let a = true & false
let b = true or false
