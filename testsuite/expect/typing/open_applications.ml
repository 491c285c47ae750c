(* TEST
   * expect
*)

(* `open F (X)` as an item (Typemod.type_open_decl): the application typed
   as an unnamed module, its components opened for what follows. The
   toplevel's phrase exports them; elsewhere they are hidden, and a
   signature shows a hidden type's expansion. *)

open Set.Make (String);;
[%%expect{|
type elt = String.t
type t = Set.Make(String).t
val empty : t = <abstr>
val is_empty : t -> bool = <fun>
val mem : elt -> t -> bool = <fun>
val add : elt -> t -> t = <fun>
val singleton : elt -> t = <fun>
val remove : elt -> t -> t = <fun>
val union : t -> t -> t = <fun>
val inter : t -> t -> t = <fun>
val disjoint : t -> t -> bool = <fun>
val diff : t -> t -> t = <fun>
val compare : t -> t -> int = <fun>
val equal : t -> t -> bool = <fun>
val subset : t -> t -> bool = <fun>
val iter : (elt -> unit) -> t -> unit = <fun>
val map : (elt -> elt) -> t -> t = <fun>
val fold : (elt -> 'a -> 'a) -> t -> 'a -> 'a = <fun>
val for_all : (elt -> bool) -> t -> bool = <fun>
val exists : (elt -> bool) -> t -> bool = <fun>
val filter : (elt -> bool) -> t -> t = <fun>
val filter_map : (elt -> elt option) -> t -> t = <fun>
val partition : (elt -> bool) -> t -> t * t = <fun>
val cardinal : t -> int = <fun>
val elements : t -> elt list = <fun>
val min_elt : t -> elt = <fun>
val min_elt_opt : t -> elt option = <fun>
val max_elt : t -> elt = <fun>
val max_elt_opt : t -> elt option = <fun>
val choose : t -> elt = <fun>
val choose_opt : t -> elt option = <fun>
val split : elt -> t -> t * bool * t = <fun>
val find : elt -> t -> elt = <fun>
val find_opt : elt -> t -> elt option = <fun>
val find_first : (elt -> bool) -> t -> elt = <fun>
val find_first_opt : (elt -> bool) -> t -> elt option = <fun>
val find_last : (elt -> bool) -> t -> elt = <fun>
val find_last_opt : (elt -> bool) -> t -> elt option = <fun>
val of_list : elt list -> t = <fun>
val to_seq_from : elt -> t -> elt Seq.t = <fun>
val to_seq : t -> elt Seq.t = <fun>
val to_rev_seq : t -> elt Seq.t = <fun>
val add_seq : elt Seq.t -> t -> t = <fun>
val of_seq : elt Seq.t -> t = <fun>
|}]

let e = add "b" (singleton "a");;
[%%expect{|
val e : t = <abstr>
|}]

let c : int = elements e;;
[%%expect{|
Line 1, characters 14-24:
1 | let c : int = elements e;;
                  ^^^^^^^^^^
Error: This expression has type elt list
       but an expression was expected of type int
|}]

module M = struct
  open Map.Make (Int)
  let m = add 1 "x" empty
  let f k = find_opt k m
  type 'a u = 'a t
end;;
[%%expect{|
module M :
  sig
    val m : string Map.Make(Int).t
    val f : Int.t -> string option
    type 'a u = 'a Map.Make(Int).t
  end
|}]

module N = struct
  type t = A | B
  let compare = Stdlib.compare
end;;
[%%expect{|
module N : sig type t = A | B val compare : 'a -> 'a -> int end
|}]

open Set.Make (N);;
[%%expect{|
type elt = N.t
type t = Set.Make(N).t
val empty : t = <abstr>
val is_empty : t -> bool = <fun>
val mem : elt -> t -> bool = <fun>
val add : elt -> t -> t = <fun>
val singleton : elt -> t = <fun>
val remove : elt -> t -> t = <fun>
val union : t -> t -> t = <fun>
val inter : t -> t -> t = <fun>
val disjoint : t -> t -> bool = <fun>
val diff : t -> t -> t = <fun>
val compare : t -> t -> int = <fun>
val equal : t -> t -> bool = <fun>
val subset : t -> t -> bool = <fun>
val iter : (elt -> unit) -> t -> unit = <fun>
val map : (elt -> elt) -> t -> t = <fun>
val fold : (elt -> 'a -> 'a) -> t -> 'a -> 'a = <fun>
val for_all : (elt -> bool) -> t -> bool = <fun>
val exists : (elt -> bool) -> t -> bool = <fun>
val filter : (elt -> bool) -> t -> t = <fun>
val filter_map : (elt -> elt option) -> t -> t = <fun>
val partition : (elt -> bool) -> t -> t * t = <fun>
val cardinal : t -> int = <fun>
val elements : t -> elt list = <fun>
val min_elt : t -> elt = <fun>
val min_elt_opt : t -> elt option = <fun>
val max_elt : t -> elt = <fun>
val max_elt_opt : t -> elt option = <fun>
val choose : t -> elt = <fun>
val choose_opt : t -> elt option = <fun>
val split : elt -> t -> t * bool * t = <fun>
val find : elt -> t -> elt = <fun>
val find_opt : elt -> t -> elt option = <fun>
val find_first : (elt -> bool) -> t -> elt = <fun>
val find_first_opt : (elt -> bool) -> t -> elt option = <fun>
val find_last : (elt -> bool) -> t -> elt = <fun>
val find_last_opt : (elt -> bool) -> t -> elt option = <fun>
val of_list : elt list -> t = <fun>
val to_seq_from : elt -> t -> elt Seq.t = <fun>
val to_seq : t -> elt Seq.t = <fun>
val to_rev_seq : t -> elt Seq.t = <fun>
val add_seq : elt Seq.t -> t -> t = <fun>
val of_seq : elt Seq.t -> t = <fun>
|}]

let s = singleton N.A;;
[%%expect{|
val s : t = <abstr>
|}]

let s2 = singleton 3;;
[%%expect{|
Line 1, characters 19-20:
1 | let s2 = singleton 3;;
                       ^
Error: This expression has type int but an expression was expected of type
         elt = N.t
|}]

open Set.Make (Nope);;
[%%expect{|
Line 1, characters 15-19:
1 | open Set.Make (Nope);;
                   ^^^^
Error: Unbound module Nope
|}]

(* An application makes a module expansive (Typecore.is_nonexpansive_mod). *)
let r = let module L = struct open Set.Make (Int) let v = ref [] end in L.v;;
[%%expect{|
val r : '_weak1 list ref = {contents = []}
|}]

(* At the toplevel's top, a structure as the argument: its type t is
   abstract, exported. *)
open Set.Make (struct type t = int let compare = Stdlib.compare end);;
[%%expect{|
type elt = int
type t
val empty : t = <abstr>
val is_empty : t -> bool = <fun>
val mem : elt -> t -> bool = <fun>
val add : elt -> t -> t = <fun>
val singleton : elt -> t = <fun>
val remove : elt -> t -> t = <fun>
val union : t -> t -> t = <fun>
val inter : t -> t -> t = <fun>
val disjoint : t -> t -> bool = <fun>
val diff : t -> t -> t = <fun>
val compare : t -> t -> int = <fun>
val equal : t -> t -> bool = <fun>
val subset : t -> t -> bool = <fun>
val iter : (elt -> unit) -> t -> unit = <fun>
val map : (elt -> elt) -> t -> t = <fun>
val fold : (elt -> 'a -> 'a) -> t -> 'a -> 'a = <fun>
val for_all : (elt -> bool) -> t -> bool = <fun>
val exists : (elt -> bool) -> t -> bool = <fun>
val filter : (elt -> bool) -> t -> t = <fun>
val filter_map : (elt -> elt option) -> t -> t = <fun>
val partition : (elt -> bool) -> t -> t * t = <fun>
val cardinal : t -> int = <fun>
val elements : t -> elt list = <fun>
val min_elt : t -> elt = <fun>
val min_elt_opt : t -> elt option = <fun>
val max_elt : t -> elt = <fun>
val max_elt_opt : t -> elt option = <fun>
val choose : t -> elt = <fun>
val choose_opt : t -> elt option = <fun>
val split : elt -> t -> t * bool * t = <fun>
val find : elt -> t -> elt = <fun>
val find_opt : elt -> t -> elt option = <fun>
val find_first : (elt -> bool) -> t -> elt = <fun>
val find_first_opt : (elt -> bool) -> t -> elt option = <fun>
val find_last : (elt -> bool) -> t -> elt = <fun>
val find_last_opt : (elt -> bool) -> t -> elt option = <fun>
val of_list : elt list -> t = <fun>
val to_seq_from : elt -> t -> elt Seq.t = <fun>
val to_seq : t -> elt Seq.t = <fun>
val to_rev_seq : t -> elt Seq.t = <fun>
val add_seq : elt Seq.t -> t -> t = <fun>
val of_seq : elt Seq.t -> t = <fun>
|}]

let x = singleton 1;;
[%%expect{|
val x : t = <abstr>
|}]
