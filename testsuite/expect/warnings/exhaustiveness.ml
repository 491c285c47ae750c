(* Warning 8: a match that does not cover every value, with an example of
   one it misses. *)

type color = Red | Green | Blue
type shape = Circle of float | Rect of float * float
[%%expect{|
type color = Red | Green | Blue
type shape = Circle of float | Rect of float * float
|}]

let name = function Red -> "red" | Green -> "green"
[%%expect{|
Line 1, characters 11-51:
1 | let name = function Red -> "red" | Green -> "green"
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
Blue
val name : color -> string
|}]

let f = function 0 -> "zero" | 1 -> "one"
[%%expect{|
Line 1, characters 8-41:
1 | let f = function 0 -> "zero" | 1 -> "one"
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
2
val f : int -> string
|}]

let f = function 'a' -> 1 | 'b' .. 'y' -> 2
[%%expect{|
Line 1, characters 8-43:
1 | let f = function 'a' -> 1 | 'b' .. 'y' -> 2
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
'z'
val f : char -> int
|}]

let f = function "" -> 0
[%%expect{|
Line 1, characters 8-24:
1 | let f = function "" -> 0
            ^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
"*"
val f : string -> int
|}]

let f = function true -> 1
[%%expect{|
Line 1, characters 8-26:
1 | let f = function true -> 1
            ^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
false
val f : bool -> int
|}]

let f = function [] -> 0 | [_] -> 1
[%%expect{|
Line 1, characters 8-35:
1 | let f = function [] -> 0 | [_] -> 1
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
_::_::_
val f : 'a list -> int
|}]

let f = function Some (Circle _) -> 1 | None -> 0
[%%expect{|
Line 1, characters 8-49:
1 | let f = function Some (Circle _) -> 1 | None -> 0
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
Some (Rect (_, _))
val f : shape option -> int
|}]

let f = function (true, _) -> 1 | (_, Some _) -> 2
[%%expect{|
Line 1, characters 8-50:
1 | let f = function (true, _) -> 1 | (_, Some _) -> 2
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
(false, None)
val f : bool * 'a option -> int
|}]

let f = function [| _ |] -> 1 | [| _; _ |] -> 2
[%%expect{|
Line 1, characters 8-47:
1 | let f = function [| _ |] -> 1 | [| _; _ |] -> 2
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
[|  |]
val f : 'a array -> int
|}]

(* The counter-example is a record when the type is a record. *)
type point = { x : int; y : int }
let f = function { x = 0; y } -> y
[%%expect{|
type point = { x : int; y : int; }
Line 2, characters 8-34:
2 | let f = function { x = 0; y } -> y
            ^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
{x=1; _ }
val f : point -> int
|}]

(* Guarded cases count as possibly failing. *)
let sign = function n when n > 0 -> 1 | n when n < 0 -> -1
[%%expect{|
Line 1, characters 11-58:
1 | let sign = function n when n > 0 -> 1 | n when n < 0 -> -1
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
All clauses in this pattern-matching are guarded.
val sign : int -> int
|}]

(* In let, fun and match: wherever a pattern can fail. *)
let f l = let (x :: _) = l in x
[%%expect{|
Line 1, characters 10-31:
1 | let f l = let (x :: _) = l in x
              ^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
[]
val f : 'a list -> 'a
|}]

let f = fun (Some x) -> x
[%%expect{|
Line 1, characters 8-25:
1 | let f = fun (Some x) -> x
            ^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
None
val f : 'a option -> 'a
|}]

let f x = match x with Rect (w, h) -> w *. h
[%%expect{|
Line 1, characters 10-44:
1 | let f x = match x with Rect (w, h) -> w *. h
              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
Circle _
val f : shape -> float
|}]

(* Exceptions are never exhaustive, and no warning is given for them. *)
let f x = try x () with Not_found -> 0
[%%expect{|
val f : (unit -> int) -> int
|}]

(* A counter-example that holds a value of an empty type matches nothing:
   re-typing it (with one case, its wildcards expanded) drops the branches
   of an or-pattern that hold one, and passes over a counter-example that
   does, to the next one. *)
type empty = |
type m = A of empty | B of int * empty | C of unit
let passed_over : empty option * bool -> int = function (None, true) -> 1
let none_left : empty option -> int = function None -> 3
let branch_dropped (x : m) = match x with A _ -> 1
let two_cases (x : empty option) = match x with None -> 1 | exception Exit -> 2
[%%expect{|
type empty = |
type m = A of empty | B of int * empty | C of unit
Line 3, characters 47-73:
3 | let passed_over : empty option * bool -> int = function (None, true) -> 1
                                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
(None, false)
val passed_over : empty option * bool -> int = <fun>
val none_left : empty option -> int = <fun>
Line 5, characters 29-50:
5 | let branch_dropped (x : m) = match x with A _ -> 1
                                 ^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
C ()
val branch_dropped : m -> int = <fun>
val two_cases : empty option -> int = <fun>
|}]
