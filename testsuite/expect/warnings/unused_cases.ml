(* Warning 11: a match case that no value can reach; warning 12: a part of
   an or-pattern that no value can reach. *)

type color = Red | Green | Blue
[%%expect{|
type color = Red | Green | Blue
|}]

let f = function _ -> 0 | 1 -> 1
[%%expect{|
Line 1, characters 26-27:
1 | let f = function _ -> 0 | 1 -> 1
                              ^
Warning 11 [redundant-case]: this match case is unused.
val f : int -> int
|}]

let f = function 1 -> "a" | 2 -> "b" | 1 -> "c" | _ -> "d"
[%%expect{|
Line 1, characters 39-40:
1 | let f = function 1 -> "a" | 2 -> "b" | 1 -> "c" | _ -> "d"
                                           ^
Warning 11 [redundant-case]: this match case is unused.
val f : int -> string
|}]

let f = function Some _ -> 1 | None -> 0 | Some 3 -> 3
[%%expect{|
Line 1, characters 43-49:
1 | let f = function Some _ -> 1 | None -> 0 | Some 3 -> 3
                                               ^^^^^^
Warning 11 [redundant-case]: this match case is unused.
val f : int option -> int
|}]

let f = function true -> 1 | false -> 0 | _ -> 2
[%%expect{|
Line 1, characters 42-43:
1 | let f = function true -> 1 | false -> 0 | _ -> 2
                                              ^
Warning 11 [redundant-case]: this match case is unused.
val f : bool -> int
|}]

let f = function 'a' .. 'z' -> 1 | 'm' -> 2 | _ -> 0
[%%expect{|
Line 1, characters 35-38:
1 | let f = function 'a' .. 'z' -> 1 | 'm' -> 2 | _ -> 0
                                       ^^^
Warning 11 [redundant-case]: this match case is unused.
val f : char -> int
|}]

let f x = try x () with Not_found -> 0 | Not_found -> 1
[%%expect{|
Line 1, characters 41-50:
1 | let f x = try x () with Not_found -> 0 | Not_found -> 1
                                             ^^^^^^^^^
Warning 11 [redundant-case]: this match case is unused.
val f : (unit -> int) -> int
|}]

let f = function Red | Green | Red -> 1 | Blue -> 2
[%%expect{|
Line 1, characters 31-34:
1 | let f = function Red | Green | Red -> 1 | Blue -> 2
                                   ^^^
Warning 12 [redundant-subpat]: this sub-pattern is unused.
val f : color -> int
|}]

let f = function (Some _ | None | Some 1) -> 1
[%%expect{|
Line 1, characters 34-40:
1 | let f = function (Some _ | None | Some 1) -> 1
                                      ^^^^^^
Warning 12 [redundant-subpat]: this sub-pattern is unused.
val f : int option -> int
|}]

let f = function ('a' .. 'f' | 'c') -> 1 | _ -> 0
[%%expect{|
Line 1, characters 31-34:
1 | let f = function ('a' .. 'f' | 'c') -> 1 | _ -> 0
                                   ^^^
Warning 12 [redundant-subpat]: this sub-pattern is unused.
val f : char -> int
|}]

(* Both warnings and the partial-match one on one match. *)
let f = function Red -> 1 | Red | Green -> 2 | Red -> 3
[%%expect{|
Line 1, characters 8-55:
1 | let f = function Red -> 1 | Red | Green -> 2 | Red -> 3
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
Blue
Line 1, characters 28-31:
1 | let f = function Red -> 1 | Red | Green -> 2 | Red -> 3
                                ^^^
Warning 12 [redundant-subpat]: this sub-pattern is unused.
Line 1, characters 47-50:
1 | let f = function Red -> 1 | Red | Green -> 2 | Red -> 3
                                                   ^^^
Warning 11 [redundant-case]: this match case is unused.
val f : color -> int
|}]
