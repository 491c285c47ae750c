let show l = List.map print_endline l; ()
