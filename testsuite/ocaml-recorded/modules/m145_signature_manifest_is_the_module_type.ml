(* A constrained structure's type whose signature gives it a manifest
   (`with type key = O.t`) is the module's as the signature writes it, not
   the structure's definition (`key = M.key`, M local), in a functor's
   result and in a module *)
module type ORD = sig type t val compare : t -> t -> int end
module type DICT = sig
  type key
  type 'a t
  val empty : 'a t
  val add : key -> 'a -> 'a t -> 'a t
end

module Make (O : ORD) : DICT with type key = O.t = struct
  module M = Map.Make (O)
  type key = M.key
  type 'a t = 'a M.t
  let empty = M.empty
  let add = M.add
end

module Chars = Make (Char)
let d = Chars.add 'a' 1 Chars.empty

module Words : DICT with type key = string = struct
  module M = Map.Make (String)
  type key = M.key
  type 'a t = 'a M.t
  let empty = M.empty
  let add = M.add
end
