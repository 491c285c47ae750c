let f = function

let y = 1
