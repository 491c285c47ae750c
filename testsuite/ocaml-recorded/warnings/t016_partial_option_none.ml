let get o = match o with Some x -> x
