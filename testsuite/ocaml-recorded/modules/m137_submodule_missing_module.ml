(* A structure without the module its signature declares. *)
module M : sig module Inner : sig val v : int end val w : int end = struct
  let w = 2
end
