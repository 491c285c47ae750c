(* flags: -strict-sequence *)
let give_up () = raise Exit; 3
let print_then x = print_int x; x
