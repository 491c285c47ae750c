let f = function Some x -> x + "a"
