(* `open struct ... end`: its names for what follows, hidden from the
   signature; inside a module too. *)
open struct
  let aux x y = x / y
  exception Interrupt
end
let f x = aux x 2
let g () = raise Interrupt
module M = struct
  open struct let counter = ref 0 end
  let inc () = incr counter
  let current () = !counter
end
let aux = "shadowed"
