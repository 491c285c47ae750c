type point = { x : int; y : int }
let move p = { p with x = p.x + 1
let z = 1
