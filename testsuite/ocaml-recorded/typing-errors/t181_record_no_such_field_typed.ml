type point = { x : int; y : int }
let depth (p : point) = p.z
