(* A weak value shadowed by a later definition of the same name is not in
   the signature: no error. *)
let cache = ref []
let cache = 0
let x = cache + 1
