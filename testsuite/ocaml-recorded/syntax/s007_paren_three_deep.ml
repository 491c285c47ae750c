let f x = x + 1
let g x = x * 2
let h x = x - 3
let result = f (g (h 10)
let () = print_int result
