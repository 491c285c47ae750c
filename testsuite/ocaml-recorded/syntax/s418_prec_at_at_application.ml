let x = print_endline @@ string_of_int @@ 1 + 2
