type point = { x : int; y : int }
type point3 = { x3 : int; y3 : int; z3 : int }
let p : point = { x = 1; y = 2; z3 = 3 }
