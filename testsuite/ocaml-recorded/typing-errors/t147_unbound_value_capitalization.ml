let x = Print_int 3
