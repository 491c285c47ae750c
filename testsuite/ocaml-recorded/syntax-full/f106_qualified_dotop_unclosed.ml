let x = a.M.%[1
let y = 2
