let f = function `a x -> x | `b -> 0
let g = function ` -> 0
