type r = { a : int * int; b : int }
let f (x : r option) = match x with None -> 0
