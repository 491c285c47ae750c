type point = { x : int; y : int }
let reset p = { p with x = 0; y = 0 }
