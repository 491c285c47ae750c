(* flags: -w +A *)
let on_click event = print_endline "clicked"
let first (a, b) = a
