let f = function None _ -> 0
