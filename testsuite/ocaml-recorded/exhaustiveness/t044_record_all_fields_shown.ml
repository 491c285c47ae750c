type r = { a : bool; b : bool }
let f = function { a = true; b = false } -> 1 | { a = false; b = _ } -> 2
