let safe f = try f () with _ -> 0 | Not_found -> 1
