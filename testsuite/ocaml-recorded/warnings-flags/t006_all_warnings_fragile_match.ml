(* flags: -w +A *)
type t = A | B | C
let is_a = function A -> true | _ -> false
