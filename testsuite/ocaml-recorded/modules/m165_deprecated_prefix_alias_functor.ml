(* Paths through a deprecated module to a module, a functor and a module
   constrained to a module type: the alert is said once at each. *)
module D = struct module S = String module F (X : sig end) = struct end end [@@deprecated "old"]
module N = D.S
module G = D.F
module type T = sig val length : string -> int end
module K : T = D.S
