let f = function (0, true) -> 1 | (_, false) -> 2
