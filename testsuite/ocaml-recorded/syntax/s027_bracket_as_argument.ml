let () = List.iter print_int [1; 2; 3
let x = 0
