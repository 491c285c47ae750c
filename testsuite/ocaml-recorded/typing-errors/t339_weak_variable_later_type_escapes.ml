(* A weak type variable unified with a variant type defined after it: the
   type has no expansion, it would escape its scope. *)
let r = ref []
type t = A
let () = r := [A]
