(* A weak hash set of strings: Weak.Make is a functor of the library that
   mlhint does not apply (only Map.Make, Set.Make and Hashtbl.Make) *)
module Strings = Weak.Make (struct
  type t = string
  let equal = String.equal
  let hash = Hashtbl.hash
end)

let table = Strings.create 16
let intern s = Strings.merge table s
