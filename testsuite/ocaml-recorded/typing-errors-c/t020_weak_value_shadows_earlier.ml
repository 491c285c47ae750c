(* The later definition is the weak one: the error is on it. *)
let cache = 0
let y = cache
let cache = ref []
