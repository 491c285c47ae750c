type point = { x : int; y : int }
let get_x n = (n + 1).x
