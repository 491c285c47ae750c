type r = { a : int; b : bool }
let f (x : r option) = match x with None -> 0
