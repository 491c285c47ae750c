(* A functor's parameter of a module type of the library (Map.OrderedType,
   Set.OrderedType, Hashtbl.HashedType), applied to a library module and
   to a structure *)
module type DICT = sig
  type key
  type 'a dict
  val empty : 'a dict
  val insert : key -> 'a -> 'a dict -> 'a dict
  val find_opt : key -> 'a dict -> 'a option
end

module MakeListDict (Order : Map.OrderedType) : DICT with type key = Order.t = struct
  type key = Order.t
  type 'a dict = (key * 'a) list
  let empty = []
  let insert k v d = (k, v) :: d
  let find_opt k d = List.find_opt (fun (k', _) -> Order.compare k k' = 0) d |> Option.map snd
end

module CharDict = MakeListDict (Char)

let d = CharDict.insert 'a' 1 CharDict.empty

module Memo (H : Hashtbl.HashedType) = struct
  let table : (H.t, int) Hashtbl.t = Hashtbl.create 16
  let same a b = H.equal a b && H.hash a = H.hash b
end

module M = Memo (struct type t = string let equal = ( = ) let hash = Hashtbl.hash end)

module Sorted (O : Set.OrderedType) = struct
  let sort l = List.sort O.compare l
end

module S = Sorted (String)
let words = S.sort ["b"; "a"]
