(* An alias of a functor has no components either. *)
module type S = sig val x : int end
module F (X : S) = struct let y = X.x end
module G = F
let z = G.y
