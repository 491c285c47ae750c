let show_all l = List.iter (fun i s -> print_string s) l
