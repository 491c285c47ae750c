let f x = if x then print_string "a" else print_string "b"; print_newline ()
