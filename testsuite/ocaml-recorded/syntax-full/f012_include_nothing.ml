include
let x = 1
