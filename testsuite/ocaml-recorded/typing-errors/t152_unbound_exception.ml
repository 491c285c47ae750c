let safe f = try f () with Not_Found -> 0
