exception Oops of int
let f = function Oops 0 -> 1
