let warn cond msg = if cond then print_endline msg
let maybe_incr r flag = if flag then incr r
