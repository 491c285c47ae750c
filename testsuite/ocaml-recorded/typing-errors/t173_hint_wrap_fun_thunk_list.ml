let tasks : (unit -> unit) list = [print_newline; print_endline "x"]
