type t = T of (int * bool) * string
let f = function T ((0, true), "") -> 1
