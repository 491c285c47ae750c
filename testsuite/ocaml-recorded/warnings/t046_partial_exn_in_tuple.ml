let f = function (Not_found, 0) -> 1 | (_, 1) -> 2
