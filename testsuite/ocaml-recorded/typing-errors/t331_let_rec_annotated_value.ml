(* The right-hand side of an annotated let rec is checked as OCaml checks
   it; the error is at the expression, not at its annotation. *)
let rec level : int = level * 2 + 1
