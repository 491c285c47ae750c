let h = ((fun x -> (x, x)) : 'a -> 'a list)
