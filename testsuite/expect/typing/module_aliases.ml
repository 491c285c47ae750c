(* Module aliases, `module N = M`: N's types are abbreviations N.t = M.t
   with M's constructors and labels, N's values speak of them; a module of
   the library or of the program, or the result of a functor. *)

module M = struct
  type t = A | B of int
  type r = { x : int; mutable y : string }
  let f = function A -> 0 | B n -> n
end
module N = M
[%%expect{|
module M :
  sig
    type t = A | B of int
    type r = { x : int; mutable y : string; }
    val f : t -> int
  end
module N = M
|}]

let g = function N.A -> 1
let h (v : M.t) = match v with N.A -> 0 | N.B k -> k
let r = { N.x = 1; y = "a" }
let y = N.f (M.B 3)
[%%expect{|
Line 1, characters 8-25:
1 | let g = function N.A -> 1
            ^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
B _
val g : N.t -> int = <fun>
val h : M.t -> int = <fun>
val r : N.r = {N.x = 1; y = "a"}
val y : int = 3
|}]

let bad : int = N.A
[%%expect{|
Line 1, characters 16-19:
1 | let bad : int = N.A
                    ^^^
Error: This expression has type N.t = M.t
       but an expression was expected of type int
|}]

module H = Hashtbl
module L = Stdlib.List
let tbl : (string, int) H.t = H.create 16
let n = L.length [1; 2]
[%%expect{|
module H = Hashtbl
module L = List
val tbl : (string, int) H.t = <abstr>
val n : int = 2
|}]

module IM = Map.Make (Int)
module IM2 = IM
let m = IM2.add 1 "one" IM.empty
[%%expect{|
module IM :
  sig
    type key = Int.t
    type 'a t = 'a Map.Make(Int).t
    val empty : 'a t
    val is_empty : 'a t -> bool
    val mem : key -> 'a t -> bool
    val add : key -> 'a -> 'a t -> 'a t
    val update : key -> ('a option -> 'a option) -> 'a t -> 'a t
    val singleton : key -> 'a -> 'a t
    val remove : key -> 'a t -> 'a t
    val merge :
      (key -> 'a option -> 'b option -> 'c option) -> 'a t -> 'b t -> 'c t
    val union : (key -> 'a -> 'a -> 'a option) -> 'a t -> 'a t -> 'a t
    val compare : ('a -> 'a -> int) -> 'a t -> 'a t -> int
    val equal : ('a -> 'a -> bool) -> 'a t -> 'a t -> bool
    val iter : (key -> 'a -> unit) -> 'a t -> unit
    val fold : (key -> 'a -> 'b -> 'b) -> 'a t -> 'b -> 'b
    val for_all : (key -> 'a -> bool) -> 'a t -> bool
    val exists : (key -> 'a -> bool) -> 'a t -> bool
    val filter : (key -> 'a -> bool) -> 'a t -> 'a t
    val filter_map : (key -> 'a -> 'b option) -> 'a t -> 'b t
    val partition : (key -> 'a -> bool) -> 'a t -> 'a t * 'a t
    val cardinal : 'a t -> int
    val bindings : 'a t -> (key * 'a) list
    val min_binding : 'a t -> key * 'a
    val min_binding_opt : 'a t -> (key * 'a) option
    val max_binding : 'a t -> key * 'a
    val max_binding_opt : 'a t -> (key * 'a) option
    val choose : 'a t -> key * 'a
    val choose_opt : 'a t -> (key * 'a) option
    val split : key -> 'a t -> 'a t * 'a option * 'a t
    val find : key -> 'a t -> 'a
    val find_opt : key -> 'a t -> 'a option
    val find_first : (key -> bool) -> 'a t -> key * 'a
    val find_first_opt : (key -> bool) -> 'a t -> (key * 'a) option
    val find_last : (key -> bool) -> 'a t -> key * 'a
    val find_last_opt : (key -> bool) -> 'a t -> (key * 'a) option
    val map : ('a -> 'b) -> 'a t -> 'b t
    val mapi : (key -> 'a -> 'b) -> 'a t -> 'b t
    val to_seq : 'a t -> (key * 'a) Seq.t
    val to_rev_seq : 'a t -> (key * 'a) Seq.t
    val to_seq_from : key -> 'a t -> (key * 'a) Seq.t
    val add_seq : (key * 'a) Seq.t -> 'a t -> 'a t
    val of_seq : (key * 'a) Seq.t -> 'a t
  end
module IM2 = IM
val m : string IM2.t = <abstr>
|}]

module Q = Unknown
[%%expect{|
Line 1, characters 11-18:
1 | module Q = Unknown
               ^^^^^^^
Error: Unbound module Unknown
|}]

module Outer = struct
  module Inner = struct let v = 1 end
  module Again = Inner
end
[%%expect{|
module Outer :
  sig module Inner : sig val v : int end module Again = Inner end
|}]
