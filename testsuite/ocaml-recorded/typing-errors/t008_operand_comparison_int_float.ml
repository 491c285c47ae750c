let above_zero x = x > 0.
let r = above_zero 3
