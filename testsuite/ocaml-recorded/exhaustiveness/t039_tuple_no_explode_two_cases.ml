let f (x : (int * int) option) = match x with None -> 0 | Some (1, _) -> 1
