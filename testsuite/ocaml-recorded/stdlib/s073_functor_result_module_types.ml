(* The functors' result module types, Map.S, Set.S and Hashtbl.S: an
   application constrained to one, a functor's parameter, an include. *)
module Int_map : Map.S with type key = int = Map.Make (Int)
module Words : Set.S with type elt = string = Set.Make (String)

module Int_table : Hashtbl.S with type key = int = Hashtbl.Make (struct
  type t = int
  let equal = ( = )
  let hash = Hashtbl.hash
end)

module Count (S : Set.S) = struct
  let count l = S.cardinal (S.of_list l)
end

module type Named_map = sig
  include Map.S
  val name : string
end

module Count_words = Count (Words)

let squares = Int_map.add 2 4 (Int_map.add 1 1 Int_map.empty)
let n = Count_words.count [ "a"; "b"; "a" ]
let table : string Int_table.t = Int_table.create 16
