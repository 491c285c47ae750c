(* A position built by hand with a field left out *)
let origin = { Lexing.pos_fname = "main.ml"; pos_lnum = 1; pos_cnum = 0 }
