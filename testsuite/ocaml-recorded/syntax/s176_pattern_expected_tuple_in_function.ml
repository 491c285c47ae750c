let f = function (a, -> a
