let inc : int -> int = fun x y -> x + y
