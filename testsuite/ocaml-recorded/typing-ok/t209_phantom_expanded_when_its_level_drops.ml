type 'a phantom = int
let k (y : 'a phantom) = y
let m z = let w = (z = k 0) in w
let m2 z = let w = [z; k 0] in w
