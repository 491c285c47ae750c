let describe e = match e with Not_found -> "not found" | Exit -> "exit"
let handled f = try f () with Failure _ -> 0
