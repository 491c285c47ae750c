let f = function ((true, _), _) -> 1 | ((_, true), Some _) -> 2
