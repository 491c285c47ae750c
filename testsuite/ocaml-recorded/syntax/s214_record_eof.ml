type p = { x : int }
let o = { x = 0
