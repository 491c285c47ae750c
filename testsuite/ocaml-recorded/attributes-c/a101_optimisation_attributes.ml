(* The optimisation attributes where OCaml's translation reads them, as
   attributes/a005: `ocamlc -c` prints no warning 53 (misplaced) for them. *)
let[@inline] f x = x + 1
let g x = (f [@inlined]) x
let[@inline never] h x = x
let k = fun [@inline] x -> x
let l = (fun x -> x) [@inline]
let[@specialise] s x = x
let n x = x * 2 [@@inline]
let rec r x = if x = 0 then 0 else (r [@inlined never]) (x - 1)
and[@inline] q x = x
let w = let[@inline] loc x = x in loc 3
let t : int -> int = fun [@inline always] x -> x
let[@ocaml.inline] u : int -> int = function 0 -> 1 | x -> x
let p = (( + ) [@inlined]) 1 2
