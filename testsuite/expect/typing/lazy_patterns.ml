(* `lazy p` patterns: typed against `'a lazy_t`, matched as a constructor
   alone in its type, printed in counter-examples as `lazy p`. *)

let force_plus = function lazy x -> x + 1
let first (lazy (a, _)) = a
let pairs = function (([], _), lazy x) | ((_, []), lazy x) when x -> () | _ -> ()
[%%expect{|
val force_plus : int lazy_t -> int = <fun>
val first : ('a * 'b) lazy_t -> 'a = <fun>
val pairs : ('a list * 'b list) * bool lazy_t -> unit = <fun>
|}]

let partial = function lazy (Some x) -> x
[%%expect{|
Line 1, characters 14-41:
1 | let partial = function lazy (Some x) -> x
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
lazy None
val partial : 'a option lazy_t -> 'a = <fun>
|}]

let nested = function Some (lazy 1) -> 0 | None -> 1
[%%expect{|
Line 1, characters 13-52:
1 | let nested = function Some (lazy 1) -> 0 | None -> 1
                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
Some lazy 0
val nested : int lazy_t option -> int = <fun>
|}]

let in_tuple = function (lazy true, _) -> 1 | (_, lazy []) -> 2
[%%expect{|
Line 1, characters 15-63:
1 | let in_tuple = function (lazy true, _) -> 1 | (_, lazy []) -> 2
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
(lazy false, lazy (_::_))
val in_tuple : bool lazy_t * 'a list lazy_t -> int = <fun>
|}]

let unused = function lazy 1 -> 0 | lazy _ -> 1 | lazy 2 -> 3
[%%expect{|
Line 1, characters 50-56:
1 | let unused = function lazy 1 -> 0 | lazy _ -> 1 | lazy 2 -> 3
                                                      ^^^^^^
Warning 11 [redundant-case]: this match case is unused.
val unused : int lazy_t -> int = <fun>
|}]

let part_unused = function lazy (1 | 2) -> 0 | lazy (3 | 2) -> 1 | lazy _ -> 2
[%%expect{|
Line 1, characters 57-58:
1 | let part_unused = function lazy (1 | 2) -> 0 | lazy (3 | 2) -> 1 | lazy _ -> 2
                                                             ^
Warning 12 [redundant-subpat]: this sub-pattern is unused.
val part_unused : int lazy_t -> int = <fun>
|}]

let wrong : int -> int = function lazy x -> x
[%%expect{|
Line 1, characters 34-40:
1 | let wrong : int -> int = function lazy x -> x
                                      ^^^^^^
Error: This pattern matches values of type 'a lazy_t
       but a pattern was expected which matches values of type int
|}]

let wrong_inner = function lazy (x, y) -> x + y | lazy None -> 0
[%%expect{|
Line 1, characters 55-59:
1 | let wrong_inner = function lazy (x, y) -> x + y | lazy None -> 0
                                                           ^^^^
Error: This pattern matches values of type 'a option
       but a pattern was expected which matches values of type 'b * 'c
|}]

let no_exception x =
  match x () with
  | lazy (exception Not_found) -> 0
  | _ -> 1
[%%expect{|
Line 3, characters 9-30:
3 |   | lazy (exception Not_found) -> 0
             ^^^^^^^^^^^^^^^^^^^^^
Error: Exception patterns are not allowed in this position.
|}]

(* Bound variables under `lazy` are variables of the case. *)
let twice x = match x with lazy y | (lazy _ as y) -> y
[%%expect{|
Line 1, characters 27-49:
1 | let twice x = match x with lazy y | (lazy _ as y) -> y
                               ^^^^^^^^^^^^^^^^^^^^^^
Error: The variable y on the left-hand side of this or-pattern has type 'a
       but on the right-hand side it has type 'a lazy_t
       The type variable 'a occurs inside 'a lazy_t
|}]

let unused_var = function lazy y -> 0
[%%expect{|
val unused_var : 'a lazy_t -> int = <fun>
|}]

let lazy_let = let lazy v = lazy 3 in v + 1
[%%expect{|
val lazy_let : int = 4
|}]
