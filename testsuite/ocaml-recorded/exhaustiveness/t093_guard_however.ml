let f = function Some x when x > 0 -> x | None -> 0
