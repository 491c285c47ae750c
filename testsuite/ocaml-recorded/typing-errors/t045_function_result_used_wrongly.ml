let double x = x * 2
let s = double 4 ^ "!"
