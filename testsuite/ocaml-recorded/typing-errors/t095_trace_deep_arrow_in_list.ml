let handlers : (string -> unit) list = [print_endline; print_int]
