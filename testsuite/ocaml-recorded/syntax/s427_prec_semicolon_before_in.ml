let x = 1; in print_int x
let y = let z = 2; in z
