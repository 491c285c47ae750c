let f e = match e with Not_found -> 1 | Not_found -> 2 | _ -> 3
