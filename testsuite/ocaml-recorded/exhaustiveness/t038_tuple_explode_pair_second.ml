let f (x : bool * (int * int)) = match x with (true, _) -> 0
