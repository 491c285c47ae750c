let f x = match x with (Not_found, true) -> 1 | (_, false) -> 2
