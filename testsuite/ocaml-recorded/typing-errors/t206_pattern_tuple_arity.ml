let first = function (a, _) -> a | (a, _, _) -> a
