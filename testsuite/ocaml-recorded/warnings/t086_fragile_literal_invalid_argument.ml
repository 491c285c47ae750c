let f x = match x with Invalid_argument "index out of bounds" -> 1 | _ -> 0
