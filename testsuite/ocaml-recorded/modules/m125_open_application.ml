(* `open F (X)` as an item: its names are opened for what follows, and
   hidden from the signature, which shows their expansions. *)
open Set.Make (String)

let e = add "b" (singleton "a")
let f x = mem x e

module M = struct
  open Map.Make (Int)
  type 'a u = 'a t
  let m = add 1 "x" empty
  let g k = find_opt k m
end

let n : int = cardinal e
