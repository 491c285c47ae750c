(* A refutation case among the exception cases: the exception reaches it. *)
let f (x : int) = match x with 0 -> 0 | exception Not_found -> . | _ -> 1
