(* A value whose declared type is the declared module's type: the
   structure's module is the one the signature speaks of. *)
module M : sig module A : sig type t end val y : A.t end = struct
  module A = struct type t = int end
  let y = "s"
end
