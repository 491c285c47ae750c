type point = { x : int; y : int }
let reset n = { n with x = 0 } + 1
