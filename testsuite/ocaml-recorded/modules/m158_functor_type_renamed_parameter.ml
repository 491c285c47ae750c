(* A functor constrained to a functor's module type, its parameter named
   otherwise than the module type's. *)
module type ORDERED = sig
  type t
  val compare : t -> t -> int
end

module type MAX = functor (O : ORDERED) -> sig val max : O.t -> O.t -> O.t end

module Max : MAX = functor (Ord : ORDERED) -> struct
  let max a b = if Ord.compare a b >= 0 then a else b
end

module Int_max = Max (Int)

let m = Int_max.max 3 4
