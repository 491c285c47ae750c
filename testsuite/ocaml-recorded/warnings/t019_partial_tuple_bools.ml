let both = function (true, true) -> true | (false, false) -> false
