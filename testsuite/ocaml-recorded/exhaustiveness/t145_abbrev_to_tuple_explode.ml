type pair = int * bool
let f (x : pair option) = match x with None -> 0
