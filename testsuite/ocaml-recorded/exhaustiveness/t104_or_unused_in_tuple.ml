let f = function (true, _) -> 1 | ((true | false), (true | false)) -> 2
