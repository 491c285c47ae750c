type r = { a : bool; b : bool }
let f = function { a = true; b = true } -> 1 | { a = false; _ } -> 2
