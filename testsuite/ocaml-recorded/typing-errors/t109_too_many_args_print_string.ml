let () = print_string "count: " string_of_int 3
