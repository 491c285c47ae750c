(* `include F (A)` at the top and in a submodule, then a type error on a
   value it brought. *)
include Set.Make (Int)
let s = add 1 empty
module N = struct
  include Hashtbl.Make (struct type t = string let equal = ( = ) let hash = Hashtbl.hash end)
end
let bad = add "x" empty
