let size x = match x with [] -> 0 | Some _ -> 1
