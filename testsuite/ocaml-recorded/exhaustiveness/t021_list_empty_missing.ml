let hd = function x :: _ -> x
