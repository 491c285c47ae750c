(* A value of another type than Set.S declares. *)
module type Small = sig
  include Set.S
  val pick : t -> elt
end

module Strings : Small with type elt = string = struct
  include Set.Make (String)
  let pick s = String.length (choose s)
end
