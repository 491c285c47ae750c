let const x y = x
let first (a, b) = a
let on_click event = print_endline "clicked"
