let f = function M.(A x -> x
