(* TEST
   * expect
*)

(* `F(A).t` in a type (Typetexp's Papply), F one of the library's functors
   and A a path: the type of the application, the same type wherever the
   application is named. *)

type t = Set.Make(String).t
type e = Set.Make(String).elt
type 'a m = 'a Map.Make(Int).t
[%%expect{|
type t = Set.Make(String).t
type e = Set.Make(String).elt
type 'a m = 'a Map.Make(Int).t
|}]

module S = Set.Make (String)
let x : t = S.empty
let y : e = "a"
let z = S.add y x
let w : int m = let module M = Map.Make (Int) in M.empty
[%%expect{|
module S :
  sig
    type elt = String.t
    type t = Set.Make(String).t
    val empty : t
    val is_empty : t -> bool
    val mem : elt -> t -> bool
    val add : elt -> t -> t
    val singleton : elt -> t
    val remove : elt -> t -> t
    val union : t -> t -> t
    val inter : t -> t -> t
    val disjoint : t -> t -> bool
    val diff : t -> t -> t
    val compare : t -> t -> int
    val equal : t -> t -> bool
    val subset : t -> t -> bool
    val iter : (elt -> unit) -> t -> unit
    val map : (elt -> elt) -> t -> t
    val fold : (elt -> 'a -> 'a) -> t -> 'a -> 'a
    val for_all : (elt -> bool) -> t -> bool
    val exists : (elt -> bool) -> t -> bool
    val filter : (elt -> bool) -> t -> t
    val filter_map : (elt -> elt option) -> t -> t
    val partition : (elt -> bool) -> t -> t * t
    val cardinal : t -> int
    val elements : t -> elt list
    val min_elt : t -> elt
    val min_elt_opt : t -> elt option
    val max_elt : t -> elt
    val max_elt_opt : t -> elt option
    val choose : t -> elt
    val choose_opt : t -> elt option
    val split : elt -> t -> t * bool * t
    val find : elt -> t -> elt
    val find_opt : elt -> t -> elt option
    val find_first : (elt -> bool) -> t -> elt
    val find_first_opt : (elt -> bool) -> t -> elt option
    val find_last : (elt -> bool) -> t -> elt
    val find_last_opt : (elt -> bool) -> t -> elt option
    val of_list : elt list -> t
    val to_seq_from : elt -> t -> elt Seq.t
    val to_seq : t -> elt Seq.t
    val to_rev_seq : t -> elt Seq.t
    val add_seq : elt Seq.t -> t -> t
    val of_seq : elt Seq.t -> t
  end
val x : t = <abstr>
val y : e = "a"
val z : S.t = <abstr>
val w : int m = <abstr>
|}]

module H = struct type t = string let equal = ( = ) let hash = Hashtbl.hash end
let k : Hashtbl.Make(H).key = "k"
let f (s : Set.Make(String).t) = S.cardinal s
[%%expect{|
module H :
  sig type t = string val equal : 'a -> 'a -> bool val hash : 'a -> int end
val k : Hashtbl.Make(H).key = "k"
val f : Set.Make(String).t -> int = <fun>
|}]

module type Sets = sig val s : Set.Make(String).t type u = Set.Make(Int).t list end
[%%expect{|
module type Sets =
  sig val s : Set.Make(String).t type u = Set.Make(Int).t list end
|}]

let wrong : Set.Make(String).t = S.singleton 1
[%%expect{|
Line 1, characters 45-46:
1 | let wrong : Set.Make(String).t = S.singleton 1
                                                 ^
Error: This expression has type int but an expression was expected of type
         S.elt = string
|}]

let other : Set.Make(Int).t = S.empty
[%%expect{|
Line 1, characters 30-37:
1 | let other : Set.Make(Int).t = S.empty
                                  ^^^^^^^
Error: This expression has type S.t = Set.Make(String).t
       but an expression was expected of type Set.Make(Int).t
|}]
