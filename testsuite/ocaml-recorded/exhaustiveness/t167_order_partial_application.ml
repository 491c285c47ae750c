let f x = ignore (match x with None -> 0); (match x with Some _ -> print_int) ; 3
