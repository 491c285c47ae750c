type 'a phantom = int
let f : 'a -> 'a phantom -> 'a phantom * 'a = fun _ n -> (n, failwith "x")
let g x = f x x
let bad = (g : int -> string)
