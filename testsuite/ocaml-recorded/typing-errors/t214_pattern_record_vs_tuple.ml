type point = { x : int; y : int }
let sum (p : point) = match p with (a, b) -> a + b
