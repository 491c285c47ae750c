type box = Box of int * bool
let f (x : box list) = match x with [] -> 0
