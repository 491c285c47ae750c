let size = 1
let sine = 2
let side = 3
let x = sise
