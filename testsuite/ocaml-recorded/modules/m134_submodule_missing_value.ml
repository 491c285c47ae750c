(* A submodule that lacks a value its declaration wants: OCaml says so
   in the submodule, after the two module types. *)
module M : sig module Inner : sig val v : int val w : int end end = struct
  module Inner = struct let v = 1 end
end
