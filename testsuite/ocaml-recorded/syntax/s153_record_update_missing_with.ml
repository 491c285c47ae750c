type p = { x : int; y : int }
let move p = { p x = 1 }
