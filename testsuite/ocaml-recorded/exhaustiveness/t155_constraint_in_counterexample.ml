let h = function (x : int), true -> x
