let lookup = function [(k, v)] -> v | (k, v) :: (_, w) :: [] -> w
