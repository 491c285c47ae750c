type 'a phantom = int
let f : 'a -> 'a phantom -> 'a phantom * 'a = fun _ n -> (n, failwith "x")
let g x = f x x
let g4 x = let (a, b) = g x in (a, b, [b])
let r = ref []
let g5 x = r := [x]; g x
let g6 (y : int) = g y
