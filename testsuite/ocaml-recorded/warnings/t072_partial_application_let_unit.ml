let () = print_endline "start"; List.iter print_endline; print_endline "end"
