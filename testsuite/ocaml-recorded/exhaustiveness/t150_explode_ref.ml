let f (x : int ref option) = match x with None -> 0
