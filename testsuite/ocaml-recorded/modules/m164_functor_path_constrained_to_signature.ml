(* A functor constrained to a signature: each parameter is an extra
   argument (Includemod's functor error). *)
module type S = sig val x : int end
module F (X : S) = struct let y = X.x end
module M = struct module G : S = F end
