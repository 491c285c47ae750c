let value : int = (print_endline "computing"; "done")
