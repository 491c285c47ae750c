(* ignore and raise reached by a path: warnings 5 and 21 as for the bare names *)
let () = Stdlib.ignore (List.fold_left ( + ) 0)
let check x = if x < 0 then (Stdlib.raise (Invalid_argument "check"); ()) else ()
let last l = List.(ignore (map succ)); List.length l
