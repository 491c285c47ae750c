(* A refutation case that a value reaches: OCaml shows one. *)
let f (x : int option) = match x with Some _ -> .  | None -> 0
