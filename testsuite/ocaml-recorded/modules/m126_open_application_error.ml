(* A type error on a name that `open F (X)` brought: its types are named
   as opened (`elt = string`). *)
module M = struct
  open Set.Make (String)
  let e = singleton "a"
  let bad = add 3 e
end
