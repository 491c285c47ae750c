type t = L of int list
let f = function L [] -> 0
