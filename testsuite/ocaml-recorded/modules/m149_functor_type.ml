(* A functor's module type, functors constrained to it (their parameters
   written as its own), applied to a path and to a structure, and an
   application constrained to a module type. *)
module type ORDERED = sig
  type t
  val compare : t -> t -> int
end

module type COLLECTION = sig
  type elt
  type t
  val empty : t
  val add : elt -> t -> t
  val to_list : t -> elt list
end

module type MAKE = functor (O : ORDERED) -> COLLECTION with type elt = O.t

module Make : MAKE =
  functor (O : ORDERED) ->
    struct
      type elt = O.t
      type t = elt list
      let empty = []
      let rec add x = function
        | [] -> [ x ]
        | y :: rest as l -> if O.compare x y <= 0 then x :: l else y :: add x rest
      let to_list l = l
    end

module type SHOW = functor (C : COLLECTION) -> sig val show : (C.elt -> string) -> C.t -> string end

module Show : SHOW = functor (C : COLLECTION) -> struct
  let show f c = String.concat ", " (List.map f (C.to_list c))
end

module Int_order = struct
  type t = int
  let compare = compare
end

module Ints = Make (Int_order)
module Words : COLLECTION with type elt = string = Make (String)
module Floats = Make (struct type t = float let compare = compare end)
module Show_ints = Show (Ints)

let ints = Ints.add 3 (Ints.add 1 Ints.empty)
let words = Words.to_list (Words.add "b" (Words.add "a" Words.empty))
let floats = Floats.add 2.5 Floats.empty
let shown = Show_ints.show string_of_int ints
