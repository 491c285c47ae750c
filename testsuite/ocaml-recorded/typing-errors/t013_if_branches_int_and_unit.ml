let f x = if x then print_endline "yes" else 1
