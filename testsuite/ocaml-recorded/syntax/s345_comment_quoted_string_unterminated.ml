(* the set {x|x > 0} of positives *)
let positive x = x > 0
