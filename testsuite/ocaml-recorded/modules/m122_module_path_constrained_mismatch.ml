(* A constructor of the signature's own type is not the module's. *)
module X = struct type v = A | B let f = function A -> 1 | B -> 2 end
module V : sig type v = A | B val f : v -> int end = X
let d = X.f V.A
