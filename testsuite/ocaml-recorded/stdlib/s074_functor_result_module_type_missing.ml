(* A structure constrained to Set.S lacks what it declares: OCaml lists
   each item with where set.mli declares it. *)
module Partial : Set.S = struct
  type elt = int
end
