(* An include that fails at the top: the names used after it are not
   errors again. *)
include Map.Make (struct type t = string end)

let pairs m = bindings m
let first m = fst (min_binding m)
