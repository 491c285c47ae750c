let f = function true -> 1 | false -> 0
