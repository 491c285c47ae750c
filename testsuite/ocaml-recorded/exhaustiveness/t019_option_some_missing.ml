let is_none o = match o with None -> true
