type r = { a : bool }
let f = function { a = true } -> 1 | { a = false } -> 2 | { a = _ } -> 3
