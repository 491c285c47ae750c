module type S = module type of
let x = 1
