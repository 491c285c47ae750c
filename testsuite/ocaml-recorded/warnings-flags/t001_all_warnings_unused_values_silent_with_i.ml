(* flags: -w +A *)
let helper x = x * 2
let main () = print_int 42
