let f = function ((1, x, y) | (2, y, x)), z -> x + y + z | _ -> 0
let g = function (a, ((1, b) | (_, b)), (c | c)) -> a + b + c
