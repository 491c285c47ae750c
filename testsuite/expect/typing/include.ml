(* `include M` inside a structure: M's items, strengthened (each type
   t = M.t with M's constructors or labels), become the structure's own,
   in M's order. *)

module M = struct
  type t = A | B of int
  exception E
  let f = function A -> 0 | B n -> n
end
module N = struct
  include M
  let g = f (B 1)
end
[%%expect{|
module M : sig type t = A | B of int exception E val f : t -> int end
module N :
  sig
    type t = M.t = A | B of int
    exception E
    val f : t -> int
    val g : int
  end
|}]

let x = N.f M.A + N.g
let same : N.t -> M.t = fun v -> v
[%%expect{|
val x : int = 1
val same : N.t -> M.t = <fun>
|}]

module O = struct
  include Option
  let or_zero o = value o ~default:0
end
let z = O.or_zero None
[%%expect{|
module O :
  sig
    type 'a t = 'a option = None | Some of 'a
    val none : 'a option
    val some : 'a -> 'a option
    val value : 'a option -> default:'a -> 'a
    val get : 'a option -> 'a
    val bind : 'a option -> ('a -> 'b option) -> 'b option
    val join : 'a option option -> 'a option
    val map : ('a -> 'b) -> 'a option -> 'b option
    val fold : none:'a -> some:('b -> 'a) -> 'b option -> 'a
    val iter : ('a -> unit) -> 'a option -> unit
    val is_none : 'a option -> bool
    val is_some : 'a option -> bool
    val equal : ('a -> 'a -> bool) -> 'a option -> 'a option -> bool
    val compare : ('a -> 'a -> int) -> 'a option -> 'a option -> int
    val to_result : none:'e -> 'a option -> ('a, 'e) result
    val to_list : 'a option -> 'a list
    val to_seq : 'a option -> 'a Seq.t
    val or_zero : int option -> int
  end
val z : int = 0
|}]

(* A name it brings is defined again in the structure. *)
module P = struct
  type t = int
  include M
end
[%%expect{|
Line 3, characters 2-11:
3 |   include M
      ^^^^^^^^^
Error: Multiple definition of the type name t.
       Names must be unique in a given structure or signature.
|}]

module Q = struct
  include Unknown
end
[%%expect{|
Line 2, characters 10-17:
2 |   include Unknown
              ^^^^^^^
Error: Unbound module Unknown
|}]

(* Fields of two included types share names: both stay in scope, so the
   record of the first can still be built. *)
module R = struct
  type foo = { x : int; y : int }
  type bar = { x : int; y : int; z : int }
end
module S = struct
  include R
  let r = { x = 1; y = 2 }
  let b = { x = 1; y = 2; z = 3 }
end
[%%expect{|
module R :
  sig
    type foo = { x : int; y : int; }
    type bar = { x : int; y : int; z : int; }
  end
module S :
  sig
    type foo = R.foo = { x : int; y : int; }
    type bar = R.bar = { x : int; y : int; z : int; }
    val r : foo
    val b : bar
  end
|}]

(* A type that has a manifest keeps it, naming the structure's own types. *)
module T = struct
  type a = b list
  and b = int
  type c = a * b
end
module U = struct include T end
[%%expect{|
module T : sig type a = b list and b = int type c = a * b end
module U : sig type a = b list and b = int type c = a * b end
|}]
