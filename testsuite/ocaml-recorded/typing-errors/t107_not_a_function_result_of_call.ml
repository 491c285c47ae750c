let double x = x * 2
let r = (double 3) 4
