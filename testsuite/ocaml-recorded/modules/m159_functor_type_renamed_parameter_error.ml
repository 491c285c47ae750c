(* A type error in the body of a functor constrained to a functor's module
   type: the parameter's types are named by the name it is written with. *)
module type ORDERED = sig
  type t
  val compare : t -> t -> int
end

module type MAX = functor (O : ORDERED) -> sig val max : O.t -> O.t -> O.t end

module Max : MAX = functor (Ord : ORDERED) -> struct
  let max a b = if Ord.compare a b >= 0 then a else b ^ ""
end
