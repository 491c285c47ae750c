let f = function ((), "a") -> 1
