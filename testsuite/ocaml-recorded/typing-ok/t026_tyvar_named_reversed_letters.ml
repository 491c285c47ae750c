let f (x : 'b) (y : 'a) = (x, y)
let g (x : 'b) y = (y, x)
