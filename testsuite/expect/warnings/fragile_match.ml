(* TEST
   flags: -w +4
*)

(* Warning 4 (off by default): a wildcard that would silently cover a
   constructor added to the type later. *)

type t = A | B | C
let is_a = function A -> true | _ -> false
[%%expect{|
type t = A | B | C
Line 2, characters 11-42:
2 | let is_a = function A -> true | _ -> false
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 4 [fragile-match]: this pattern-matching is fragile.
It will remain exhaustive when constructors are added to type t.
val is_a : t -> bool
|}]

(* Not for types whose constructors cannot change: int, bool, lists. *)
let is_zero = function 0 -> true | _ -> false
let is_empty = function [] -> true | _ -> false
[%%expect{|
val is_zero : int -> bool
val is_empty : 'a list -> bool
|}]

(* Nor when every constructor is listed. *)
let to_int = function A -> 0 | B -> 1 | C -> 2
[%%expect{|
val to_int : t -> int
|}]
