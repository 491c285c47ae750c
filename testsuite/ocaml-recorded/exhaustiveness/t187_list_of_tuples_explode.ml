let f (x : ((int * int) * bool) list) = match x with [] -> 0
