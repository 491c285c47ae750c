(* Integer operators on floats: OCaml's arithmetic is not overloaded. *)
let average a b = (a +. b) / 2.0
