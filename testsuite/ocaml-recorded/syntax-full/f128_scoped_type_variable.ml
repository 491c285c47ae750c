let f : type a. a -> 'a = fun x -> x
