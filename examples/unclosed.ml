(* A parenthesis that is never closed. *)
let area r = (3.14159 *. r *. r
let () = print_float (area 2.0)
