type 'a phantom = int
let f : 'a -> 'a phantom -> 'a phantom * 'a = fun _ n -> (n, failwith "x")
let g x = f x x
let k = g 3
let m = g 3.0
