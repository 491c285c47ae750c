let () = print_string ""
let _ = 1 + 1
let (a, _) = (1, 2)
let [x; y] = [1; 2]
