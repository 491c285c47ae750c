let o = M.{< x = 1
let y = 2
