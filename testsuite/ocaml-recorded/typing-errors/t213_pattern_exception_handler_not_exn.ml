let safe f = try f () with 0 -> 0
