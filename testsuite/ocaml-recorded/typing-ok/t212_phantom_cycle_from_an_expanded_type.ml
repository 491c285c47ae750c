type 'a phantom = int
let f (x : 'a) (y : 'a -> 'a phantom) = ()
let g = f 1 (fun y -> y)
let h x = f x (fun y -> y)
