let x = 1 [@attr
let y = 2
