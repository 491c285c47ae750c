let f : type a. 'a -> 'a -> a = fun x -> x
