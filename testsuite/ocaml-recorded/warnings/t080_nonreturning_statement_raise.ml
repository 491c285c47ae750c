let f () = raise Exit; print_string "unreachable"
