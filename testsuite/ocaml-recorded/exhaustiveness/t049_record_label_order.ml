type r = { a : bool; b : bool; c : bool }
let f = function { c = true; a = true; _ } -> 1 | { b = false; _ } -> 2
