let () = print_string "done"; print_newline
