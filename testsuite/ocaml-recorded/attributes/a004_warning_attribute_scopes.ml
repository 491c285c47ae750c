(* flags: -w +A *)
(* Each warning attribute holds for what it is attached to: an expression,
   a binding (also a local one), an item, or the rest of the structure
   (a module's structure ends with the module). *)
let f x y = x [@@warning "-27"]
let g x y = (x [@warning "-27"])
let h () = let z = 3 [@@warning "-26"] and w = 4 in w
type t = A | B [@@warning "-37"]
let a : t = A
module M = struct
  [@@@ocaml.warning "-26"]
  let k () = let z = 3 in 4
end
let m () = let z = 3 in 4
let p = function Some x -> x [@@ocaml.warning "-8"]
let q = (function Some x -> x) [@warning {|-8|}]
[@@@warning "-8-26"]
let r = function Some x -> x
let s () = let z = 3 in (function [] -> z) [@warning "+8"]
