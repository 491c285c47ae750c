let get = function Some x -> x
