let limit : int = fun x -> x + 100
