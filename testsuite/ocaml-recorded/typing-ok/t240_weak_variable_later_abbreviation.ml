(* A weak type variable unified with a type defined after it gets the
   type's expansion (Ctype.update_level), however the type is reached. *)
let r = ref []
type t = int
let () = r := [ (1 : t) ]
let r2 = r

let len = Seq.fold_left (fun n _ -> n + 1) 0
module S = Set.Make (struct type t = int let compare = compare end)
let f l = len (S.to_seq (S.of_list l))

(* defined after its type: nothing to expand *)
type u = float
let q = ref []
let () = q := [ (1. : u) ]

(* inside a module, the same *)
module M = struct
  let w = ref None
  type v = string
  let () = w := Some ("a" : v)
end
let w2 = M.w

(* a functor's application to a path: its type is the path's, older *)
let z = ref []
module T = Set.Make (Int)
let () = z := [ T.empty ]
