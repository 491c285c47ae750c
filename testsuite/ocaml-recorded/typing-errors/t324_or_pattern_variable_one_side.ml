let f = function (a, ((1, x) | (2, y))) -> a + x
