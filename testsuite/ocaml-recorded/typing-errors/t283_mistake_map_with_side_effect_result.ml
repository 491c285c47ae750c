let () = List.map print_endline ["a"; "b"]
