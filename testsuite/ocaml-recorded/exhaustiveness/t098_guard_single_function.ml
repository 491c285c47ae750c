let f = function x when x -> 1
