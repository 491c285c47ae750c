(* The standard library's functors applied to a module or a structure. *)
module IntMap = Map.Make (Int)
module Words = Set.Make (String)
module Table = Hashtbl.Make (struct type t = int let equal = (=) let hash = Hashtbl.hash end)
module Pairs = Map.Make (struct type t = int * int let compare = compare end)
type colour = Red | Green
module Ord = struct type t = colour let compare = compare end
module Colours = Set.Make (Ord)

let count words =
  List.fold_left
    (fun m w ->
      IntMap.update (String.length w) (function None -> Some 1 | Some n -> Some (n + 1)) m)
    IntMap.empty words
let sorted l = Words.elements (Words.of_list l)
let table = Table.create 16
let () = Table.replace table 3 "three"
let far = Pairs.find_opt (1, 2) (Pairs.singleton (1, 2) "far")
let warm = Colours.mem Red (Colours.singleton Green)
