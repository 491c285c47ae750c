(* A module type's name, like a module's, is unique in its structure or
   signature. *)
module type S = sig type t end
module M = struct
  module type S = sig end
end
module type S = sig val x : int end
