(* A type the signature defines (`type key = char`, immediate) matched by
   the structure's abbreviation of a functor's result (`M.key`, whose
   declaration OCaml does not know immediate): Includecore compares
   immediacy for abstract types of the signature only *)
module type S = sig type key = char val first : key end

module P : S = struct
  module M = Map.Make (Char)
  type key = M.key
  let first = 'a'
end

let c : char = P.first
