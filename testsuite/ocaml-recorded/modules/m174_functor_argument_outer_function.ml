let f (type s) cmp (l : s list) =
  let module S = Set.Make (struct type t = s let compare = cmp end) in
  S.elements (S.of_list l)
let g cmp l =
  let module M = Map.Make (struct type t = int let compare = cmp end) in
  M.bindings (List.fold_left (fun m x -> M.add x () m) M.empty l)
let h eq l =
  let module H = Hashtbl.Make (struct type t = string let equal = eq let hash = Hashtbl.hash end) in
  let t = H.create 3 in List.iter (fun x -> H.replace t x ()) l; H.length t
module type ORD = sig type t val compare : t -> t -> int end
module Mk (O : ORD) = struct let sort l = List.sort O.compare l end
let k cmp l = let module X = Mk (struct type t = float let compare = cmp end) in X.sort l
let make_set (type s) cmp : (module Set.S with type elt = s) =
  (module Set.Make (struct type t = s let compare = cmp end))
