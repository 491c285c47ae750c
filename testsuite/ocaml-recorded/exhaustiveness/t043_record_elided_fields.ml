type r = { a : int; b : bool; c : string }
let f = function { b = true; _ } -> 1
