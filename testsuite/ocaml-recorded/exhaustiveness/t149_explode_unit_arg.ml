let f (x : unit option) = match x with None -> 0
