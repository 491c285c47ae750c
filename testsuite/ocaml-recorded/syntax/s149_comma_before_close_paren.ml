let () = print_string (String.concat ", " ["a"; "b"],)
