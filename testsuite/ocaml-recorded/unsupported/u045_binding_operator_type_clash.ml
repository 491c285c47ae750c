(* An operator whose type does not fit its use as a binding operator:
   OCaml's Letop_type_clash, which mlhint does not print. *)
let ( let* ) = 3
let use o = let* x = o in x
