let x = M.[ 1
let y = 2
