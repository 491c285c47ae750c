(* An include that fails leaves what it would bring unknown: the names used
   after it in its structure are not errors again, nor are the module's. *)
module Ints = struct
  include Set.Make (struct type t = int end)
  let range a b = List.fold_left (fun s x -> add x s) empty (List.init (b - a) (( + ) a))
end

let small = Ints.range 0 10
let size = Ints.cardinal small
