let h = fun x -> x + 1, 2
