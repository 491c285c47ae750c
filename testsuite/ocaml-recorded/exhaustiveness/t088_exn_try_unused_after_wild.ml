let f g = try g () with _ -> 0 | Not_found -> 1
