let () = print_strng "hello"
