(* `module M : S = P`, P a module's path: P seen through S. Abstract types
   of S are new, defined ones are S's own (not P's, S is not strengthened),
   values get S's types. *)
module X = struct
  type t = int
  type v = A | B
  let x = 1
  let y = "a"
  let f = function A -> 1 | B -> 2
  exception E
end
module type S = sig type t val x : t end
module Y : S = X
module Z : sig val y : string exception E end = X
module W : sig type t = int val x : t end = X
module V : sig type v = A | B val f : v -> int end = X
let a = Z.y
let b = Y.x
let c = W.x + 1
let d = V.f V.A
let e = X.f X.B
let g () = raise Z.E
