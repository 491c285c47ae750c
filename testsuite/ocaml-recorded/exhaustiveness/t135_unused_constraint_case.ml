let f = function (x : int) -> x | (0 : int) -> 1
