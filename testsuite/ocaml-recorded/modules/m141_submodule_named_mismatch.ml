(* A submodule that does not match the named module type it is declared
   of: OCaml names the module type. *)
module type Named = sig type t val x : t end
module M : sig module N : Named end = struct
  module N = struct type t = int let x = "s" end
end
