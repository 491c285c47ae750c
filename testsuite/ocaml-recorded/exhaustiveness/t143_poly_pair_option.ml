let f = function (Some a, Some b) -> (a, b)
