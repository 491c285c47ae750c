(* Alerts on the program's own definitions: raised at each use. *)
module X : sig
  type t [@@deprecated "use u"]
  type u
  val x : u [@@deprecated]
  val y : u [@@alert unsafe "may crash"] [@@alert unsafe "really"]
  val z : u [@@alert bla] [@@deprecated "gone"]
  val w : t [@@ocaml.deprecated]
end = struct
  type t = int
  type u = int
  let x = 0
  let y = 0
  let z = 0
  let w = 0
end

type s = X.t
let a = X.x
let b = X.y
let c = X.z
let d = (X.w, X.x)

type color = Red [@deprecated "use Crimson"] | Crimson | Blue [@alert old]
let e = Red
let f = function Red -> 1 | Crimson -> 2 | Blue -> 3

type point = { px : int [@deprecated "use x"]; x : int; mutable py : int [@alert field] }
let g p = p.px + p.x
let h = { px = 1; x = 2; py = 3 }
let i p = p.py <- 4
let j { px; _ } = px

exception Old [@deprecated "use New"]
exception New
let k () = raise Old
let l = try k () with Old -> 0 | New -> 1

module D = struct let v = 1 end [@@deprecated "D is going away"]
let m = D.v
module type S = sig val v : int end [@@deprecated]
module N : S = struct let v = 2 end

let n =
  let (p [@deprecated "local"]), q = 1, 2 in
  p + q
let o = List.map (fun (v [@alert arg "argument"]) -> v + 1) [1; 2]

(* No meaning here: the binding, the expression, the type, a tuple. *)
let old_f x = x [@@deprecated]
let r = old_f 1
let s' = (1 [@deprecated])
type t2 = int [@deprecated]
let (t3, t4) [@deprecated] = (1, 2)
let u5 = t3 + t4
