type r = { a : int; b : int }
let f = function { a = _; b = _ } -> 1 | { a = 0; _ } -> 2
