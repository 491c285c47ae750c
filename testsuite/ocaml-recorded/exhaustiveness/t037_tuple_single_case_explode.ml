let f (x : (int * int) option) = match x with None -> 0
