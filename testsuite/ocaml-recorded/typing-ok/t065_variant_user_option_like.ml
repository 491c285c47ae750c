type 'a maybe = Nothing | Just of 'a
let map f = function Nothing -> Nothing | Just x -> Just (f x)
let default d = function Nothing -> d | Just x -> x
