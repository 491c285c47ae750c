(* flags: -w +67 *)
(* Warning 67 at a functor's module type whose result does not name its
   parameter, and not at one whose result does. *)
module type S = sig type t end
module type Ignores = functor (Unused : S) -> sig val n : int end
module type Uses = functor (Used : S) -> sig val v : Used.t end
