(* A reference used where its contents were meant. *)
let clicks = ref 0
let click () = incr clicks
let () = print_int clicks
