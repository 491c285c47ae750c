(* A type error on a value of a functor constrained to its module type:
   the result's type is the module type's, strengthened by the path. *)
module type S = sig
  type t
  val x : t
end

module type F = functor (X : S) -> sig type u = X.t val y : u end

module M : F = functor (X : S) -> struct
  type u = X.t
  let y = X.x
end

module A = struct
  type t = int
  let x = 3
end

module N = M (A)
module P : sig type u val y : u end = M (A)

let ok : int = N.y
let bad : string = N.y
