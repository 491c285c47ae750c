let a = 1 + "x"
let f = function Some x -> x
