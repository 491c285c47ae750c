(* `include M`: M's items, strengthened, become the structure's own, in
   M's order; the library's List too. *)
module M = struct
  type t = A | B of int
  type r = { x : int }
  exception E of string
  let f = function A -> 0 | B n -> n
  let y = 3
end
module N = struct
  include M
  let g x = f x + y
end
include N
let h = g (B 2)
let r = { x = 1 }
let raise_e () = raise (E "e")

module Tree = struct
  type a = Node of b | Leaf
  and b = a list
end
include Tree

module L = struct
  include List
  let second l = nth l 1
end
let s = L.second [1; 2; 3]
let n = L.length [1]
