module N = F (M
let x = 1
