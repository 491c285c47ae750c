let f = function (Some 0, true) -> 1 | (None, _) -> 2
