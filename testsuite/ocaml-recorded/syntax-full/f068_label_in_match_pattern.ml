let f = function ~x -> x
