type 'a phantom = int
let f : 'a -> 'a phantom -> 'a = fun x _ -> x
let g x = f x x
let h x = match x with () -> g
