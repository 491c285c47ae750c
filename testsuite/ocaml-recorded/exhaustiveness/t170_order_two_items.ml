let f = function 0 -> 1
let g = function true -> 1
