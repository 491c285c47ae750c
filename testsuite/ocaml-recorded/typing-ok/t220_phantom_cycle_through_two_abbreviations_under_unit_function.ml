type 'a phantom = int
type 'a t = 'a phantom
let f : 'a -> 'a t -> 'a = fun x _ -> x
let g () = let h y = f y y in h
