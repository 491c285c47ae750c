let f e = match e with Not_found -> 1 | _ -> 0
