(* A functor's path constrained to a functor's module type: mlhint
   refuses it (it used to say F has no components, a false error). *)
module type S = sig val x : int end
module type FT = functor (X : S) -> sig val y : int end
module F (X : S) = struct let y = X.x end
module G : FT = F
