(* The pattern of a binding operator is the case of a function: a pattern
   that is not exhaustive is warning 8 at the whole expression. *)
let ( let* ) o f = match o with Some x -> f x | None -> None
let head l = let* x :: _ = Some l in Some x
