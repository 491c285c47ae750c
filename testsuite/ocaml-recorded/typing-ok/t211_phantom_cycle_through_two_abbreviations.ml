type 'a phantom = int
type 'a t = 'a phantom
let k (x : 'a) (y : 'a t) = [x; y]
