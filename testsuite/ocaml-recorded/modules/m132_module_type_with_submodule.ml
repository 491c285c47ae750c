(* A module type that declares a module: the declared signature is part of
   the module type, printed nested; a module constrained to it has the
   submodule, its abstract types new ones. *)
module type S = sig
  module N : sig val x : int end
  type t
end
module A : S = struct
  module N = struct let x = 1 let hidden = 2 end
  type t = string
end
let y = A.N.x + 1
