let f x = x * 2
let a = f (-1)
let b = f 3 - 1
let c = 1 - -1
let d = - f 3
