let f = function lazy x -> x + 1
