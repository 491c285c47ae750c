let x = M.{ a = 1
let y = 2
