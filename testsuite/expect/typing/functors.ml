(* The standard library's functors applied to a module or a structure:
   the result has OCaml's signature of Map.S, Set.S or Hashtbl.S, its key
   type equal to the argument's t. *)

module IntMap = Map.Make (Int)
[%%expect{|
module IntMap :
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
|}]

module S = Set.Make (String)
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
|}]

module H = Hashtbl.Make (struct type t = int let equal = (=) let hash = Hashtbl.hash end)
[%%expect{|
module H :
  sig
    type key = int
    type !'a t
    val create : int -> 'a t
    val clear : 'a t -> unit
    val reset : 'a t -> unit
    val copy : 'a t -> 'a t
    val add : 'a t -> key -> 'a -> unit
    val remove : 'a t -> key -> unit
    val find : 'a t -> key -> 'a
    val find_opt : 'a t -> key -> 'a option
    val find_all : 'a t -> key -> 'a list
    val replace : 'a t -> key -> 'a -> unit
    val mem : 'a t -> key -> bool
    val iter : (key -> 'a -> unit) -> 'a t -> unit
    val filter_map_inplace : (key -> 'a -> 'a option) -> 'a t -> unit
    val fold : (key -> 'a -> 'b -> 'b) -> 'a t -> 'b -> 'b
    val length : 'a t -> int
    val stats : 'a t -> Hashtbl.statistics
    val to_seq : 'a t -> (key * 'a) Seq.t
    val to_seq_keys : 'a t -> key Seq.t
    val to_seq_values : 'a t -> 'a Seq.t
    val add_seq : 'a t -> (key * 'a) Seq.t -> unit
    val replace_seq : 'a t -> (key * 'a) Seq.t -> unit
    val of_seq : (key * 'a) Seq.t -> 'a t
  end
|}]

module Pairs = Map.Make (struct type t = int * int let compare = compare end)
[%%expect{|
module Pairs :
  sig
    type key = int * int
    type +!'a t
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
|}]

type colour = Red | Green
module Ord = struct type t = colour let compare = compare end
module Colours = Set.Make (Ord)
[%%expect{|
type colour = Red | Green
module Ord : sig type t = colour val compare : 'a -> 'a -> int end
module Colours :
  sig
    type elt = Ord.t
    type t = Set.Make(Ord).t
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
|}]

(* A structure whose t is its own: the key is abstract. *)
module Letters = Set.Make (struct type t = A | B let compare = compare end)
[%%expect{|
module Letters :
  sig
    type elt
    type t
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
|}]

(* Programs that use them. *)
let counts words =
  List.fold_left
    (fun m w -> IntMap.update (String.length w)
                  (function None -> Some 1 | Some n -> Some (n + 1)) m)
    IntMap.empty words
let total m = IntMap.fold (fun _ n acc -> n + acc) m 0
let longest m = match IntMap.max_binding_opt m with Some (k, _) -> k | None -> 0
let sorted l = S.elements (S.of_list l)
let seen = H.create 16
let () = H.replace seen 3 "three"
let three = H.find_opt seen 3
let far = Pairs.add (1, 2) "far" Pairs.empty
let warm = Colours.mem Red (Colours.singleton Green)
[%%expect{|
val counts : string list -> int IntMap.t = <fun>
val total : int IntMap.t -> int = <fun>
val longest : 'a IntMap.t -> IntMap.key = <fun>
val sorted : S.elt list -> S.elt list = <fun>
val seen : '_weak1 H.t = <abstr>
val three : string option = Some "three"
val far : string Pairs.t = <abstr>
val warm : bool = false
|}]

(* The key of a map is the argument's type; a map is its own type. *)
let m = IntMap.add "a" 1 IntMap.empty
[%%expect{|
Line 1, characters 19-22:
1 | let m = IntMap.add "a" 1 IntMap.empty
                       ^^^
Error: This expression has type string but an expression was expected of type
         IntMap.key = int
Line 1, characters 8-37:
1 | let m = IntMap.add "a" 1 IntMap.empty
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  Hint: `"a"' and `1' are likely swapped.
|}]

let n : int = IntMap.singleton 1 "one"
[%%expect{|
Line 1, characters 14-38:
1 | let n : int = IntMap.singleton 1 "one"
                  ^^^^^^^^^^^^^^^^^^^^^^^^
Error: This expression has type string IntMap.t = string Map.Make(Int).t
       but an expression was expected of type int
|}]

let s : int = S.empty
[%%expect{|
Line 1, characters 14-21:
1 | let s : int = S.empty
                  ^^^^^^^
Error: This expression has type S.t = Set.Make(String).t
       but an expression was expected of type int
|}]

let p : int = Pairs.empty
[%%expect{|
Line 1, characters 14-25:
1 | let p : int = Pairs.empty
                  ^^^^^^^^^^^
Error: This expression has type 'a Pairs.t
       but an expression was expected of type int
|}]

let h : int = H.create 1
[%%expect{|
Line 1, characters 14-24:
1 | let h : int = H.create 1
                  ^^^^^^^^^^
Error: This expression has type 'a H.t but an expression was expected of type
         int
|}]

(* Two maps of the same application are of one type; of two, not. *)
module IntMap2 = Map.Make (Int)
let same : string IntMap.t = IntMap2.empty
[%%expect{|
module IntMap2 :
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
val same : string IntMap.t = <abstr>
|}]

let r = Pairs.add (1, 2) 1 (Pairs.empty : string Pairs.t)
[%%expect{|
Line 1, characters 27-57:
1 | let r = Pairs.add (1, 2) 1 (Pairs.empty : string Pairs.t)
                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This expression has type string Pairs.t
       but an expression was expected of type int Pairs.t
       Type string is not compatible with type int
Line 1, characters 25-26:
1 | let r = Pairs.add (1, 2) 1 (Pairs.empty : string Pairs.t)
                             ^
  Hint: `1' is likely the mistake: it has type int but the context needs string.
|}]

(* Inside a module, with errors in the functor's name, the argument's path
   or the structure, and after `open Set`. *)
module M = struct
  module S = Set.Make (String)
  let x = S.add "a" S.empty
end
[%%expect{|
module M :
  sig
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
    val x : S.t
  end
|}]
let y : int = M.x
[%%expect{|
Line 1, characters 14-17:
1 | let y : int = M.x
                  ^^^
Error: This expression has type M.S.t = Set.Make(String).t
       but an expression was expected of type int
|}]
module A = Map.Make (Foo)
[%%expect{|
Line 1, characters 21-24:
1 | module A = Map.Make (Foo)
                         ^^^
Error: Unbound module Foo
|}]
module B = Mapp.Make (Int)
[%%expect{|
Line 1, characters 11-20:
1 | module B = Mapp.Make (Int)
               ^^^^^^^^^
Error: Unbound module Mapp
Hint: Did you mean Map?
|}]
module C = Map.Make (struct type t = int let compare = compare + 1 end)
[%%expect{|
Line 1, characters 55-62:
1 | module C = Map.Make (struct type t = int let compare = compare + 1 end)
                                                           ^^^^^^^
Error: This expression has type 'a -> 'a -> int
       but an expression was expected of type int
|}]
open Set
module D = Make (Char)
let d = D.singleton 'c'
[%%expect{|
module D :
  sig
    type elt = Char.t
    type t = Set.Make(Char).t
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
val d : D.t = <abstr>
|}]

(* An argument without what the parameter declares, or with a value of
   another type: OCaml's Includemod messages. *)
module S = Set.Make (struct type t = int end)
[%%expect{|
Line 1, characters 11-45:
1 | module S = Set.Make (struct type t = int end)
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Modules do not match: sig type t = int end is not included in
       Set.OrderedType
     The value `compare' is required but not provided
     File "set.mli", line 55, characters 4-31: Expected declaration
|}]
module S = Set.Make (struct type t = int let compare = 1 end)
[%%expect{|
Line 1, characters 11-61:
1 | module S = Set.Make (struct type t = int let compare = 1 end)
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Modules do not match: sig type t = int val compare : int end
     is not included in Set.OrderedType
     Values do not match:
       val compare : int
     is not included in
       val compare : t -> t -> int
     File "set.mli", line 55, characters 4-31: Expected declaration
|}]
module M = Map.Make (struct let compare = compare end)
[%%expect{|
Line 1, characters 11-54:
1 | module M = Map.Make (struct let compare = compare end)
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Modules do not match: sig val compare : 'a -> 'a -> int end
     is not included in Map.OrderedType
     The type `t' is required but not provided
     File "map.mli", line 51, characters 4-10: Expected declaration
|}]
module H = Hashtbl.Make (struct type t = string end)
[%%expect{|
Line 1, characters 11-52:
1 | module H = Hashtbl.Make (struct type t = string end)
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Modules do not match: sig type t = string end is not included in
       Hashtbl.HashedType
     The value `equal' is required but not provided
     File "hashtbl.mli", line 313, characters 4-30: Expected declaration
     The value `hash' is required but not provided
     File "hashtbl.mli", line 316, characters 4-23: Expected declaration
|}]
module H = Hashtbl.Make (struct type t = string let equal = (=) let hash (x : int) = x end)
[%%expect{|
Line 1, characters 11-91:
1 | module H = Hashtbl.Make (struct type t = string let equal = (=) let hash (x : int) = x end)
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Modules do not match:
       sig
         type t = string
         val equal : 'a -> 'a -> bool
         val hash : int -> int
       end
     is not included in Hashtbl.HashedType
     Values do not match:
       val hash : int -> int
     is not included in
       val hash : t -> int
     File "hashtbl.mli", line 316, characters 4-23: Expected declaration
|}]
module M = Map.Make (struct type t = int let compare (x : int) (y : int) = x = y end)
[%%expect{|
Line 1, characters 11-85:
1 | module M = Map.Make (struct type t = int let compare (x : int) (y : int) = x = y end)
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Modules do not match:
       sig type t = int val compare : int -> int -> bool end
     is not included in Map.OrderedType
     Values do not match:
       val compare : int -> int -> bool
     is not included in
       val compare : t -> t -> int
     File "map.mli", line 54, characters 4-31: Expected declaration
|}]
