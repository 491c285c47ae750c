(* A value of the submodule with another type than declared. *)
module M : sig module Inner : sig val w : int end end = struct
  module Inner = struct let w = "s" end
end
