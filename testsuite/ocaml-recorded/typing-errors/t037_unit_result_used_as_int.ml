let x = print_int 1 + 1
