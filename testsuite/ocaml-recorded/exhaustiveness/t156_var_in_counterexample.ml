let f = function (x, true) -> x
