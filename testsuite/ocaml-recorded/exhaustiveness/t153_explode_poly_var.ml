let f (x : 'a option) = match x with None -> 0
