(* The alert settings: [@@@alert "..."] for the rest of the structure,
   [@alert "..."] on an expression, warning 3 for the deprecated alert. *)
module M : sig
  val a : int [@@alert foo "Foo!"]
  val b : int [@@alert bar "Bar!"]
  val c : int [@@deprecated "Old."]
end = struct
  let a = 1
  let b = 2
  let c = 3
end

let x1 = M.a + M.b + M.c
[@@@alert "-foo"]
let x2 = M.a + M.b
[@@@alert "+foo--bar"]
let x3 = M.a + (M.b [@alert "-bar"]) + M.b
let x4 = M.c [@@warning "-3"]
[@@@alert "-all"]
let x5 = M.a + M.b + M.c
[@@@alert "+all"]
let x6 = (M.a [@alert "-all+foo"]) + M.b
let x7 = M.c [@alert "-deprecated"]
let x8 = String.lowercase "A" [@alert "--deprecated"]
