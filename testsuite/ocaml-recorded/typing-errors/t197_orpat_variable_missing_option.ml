let get_or_zero o = match o with Some v | None -> v
