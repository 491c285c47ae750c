let f (x : List.t) = x
