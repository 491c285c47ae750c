type p = { x : int; y : int }
let o = { x : 1; y : 2 }
