let x' = 1
let x'' = x' + 1
let _unused = x''
let f' a' = a'
