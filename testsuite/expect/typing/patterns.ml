(* Patterns: their types, the variables they bind, and ranges. *)

let f = function
  | (0, s) -> s
  | (n, "") -> string_of_int n
  | (_, s) -> s
[%%expect{|
val f : int * string -> string
|}]

(* Aliases, constraints, negative constants. *)
let f = function (Some _ as o, (n : int)) -> (o, n) | (None, -1) -> (None, 0) | p -> p
[%%expect{|
val f : 'a option * int -> 'a option * int
|}]

(* A pattern whose type is not the type of the value matched: the first
   pattern fixes it. *)
let f x = match x with 0 -> "zero" | "one" -> "one" | _ -> "many"
[%%expect{|
Line 1, characters 37-42:
1 | let f x = match x with 0 -> "zero" | "one" -> "one" | _ -> "many"
                                         ^^^^^
Error: This pattern matches values of type string
       but a pattern was expected which matches values of type int
|}]

let f = function Some x -> x | [] -> 0
[%%expect{|
Line 1, characters 31-33:
1 | let f = function Some x -> x | [] -> 0
                                   ^^
Error: This variant pattern is expected to have type 'a option
       There is no constructor [] within type option
|}]

let f (x : int) = match x with 1.5 -> true | _ -> false
[%%expect{|
Line 1, characters 31-34:
1 | let f (x : int) = match x with 1.5 -> true | _ -> false
                                   ^^^
Error: This pattern matches values of type float
       but a pattern was expected which matches values of type int
|}]

let f = function (a, b) -> a | (a, b, c) -> a
[%%expect{|
Line 1, characters 31-40:
1 | let f = function (a, b) -> a | (a, b, c) -> a
                                   ^^^^^^^^^
Error: This pattern matches values of type 'a * 'b * 'c
       but a pattern was expected which matches values of type 'd * 'e
|}]

let f = function [| x |] -> x | [x] -> x
[%%expect{|
Line 1, characters 32-35:
1 | let f = function [| x |] -> x | [x] -> x
                                    ^^^
Error: This pattern matches values of type 'a list
       but a pattern was expected which matches values of type 'b array
|}]

(* Exception handlers match values of type exn. *)
let f x = try x / 2 with 0 -> 0
[%%expect{|
Line 1, characters 25-26:
1 | let f x = try x / 2 with 0 -> 0
                             ^
Error: This pattern matches values of type int
       but a pattern was expected which matches values of type exn
|}]

(* A variable bound twice in one pattern. *)
let f (x, x) = x
[%%expect{|
Line 1, characters 10-11:
1 | let f (x, x) = x
              ^
Error: Variable x is bound several times in this matching
|}]

let f = function x :: x :: _ -> x | _ -> 0
[%%expect{|
Line 1, characters 22-23:
1 | let f = function x :: x :: _ -> x | _ -> 0
                          ^
Error: Variable x is bound several times in this matching
|}]

let x = 1 and x = 2
[%%expect{|
Line 1, characters 14-15:
1 | let x = 1 and x = 2
                  ^
Error: Variable x is bound several times in this matching
|}]

(* Both sides of an or-pattern must bind the same variables, at the same
   types. *)
let f = function (0, x) | (x, 1) -> x | _ -> 0
[%%expect{|
val f : int * int -> int
|}]

let f = function Some x | None -> x
[%%expect{|
Line 1, characters 17-30:
1 | let f = function Some x | None -> x
                     ^^^^^^^^^^^^^
Error: Variable x must occur on both sides of this | pattern
|}]

(* Character ranges, and ranges of anything else. *)
let is_digit = function '0' .. '9' -> true | _ -> false
[%%expect{|
val is_digit : char -> bool
|}]

let small = function 1 .. 9 -> true | _ -> false
[%%expect{|
Line 1, characters 21-27:
1 | let small = function 1 .. 9 -> true | _ -> false
                         ^^^^^^
Error: Only character intervals are supported in patterns.
|}]

let f = function ((n : string), 0) -> n | _ -> 0
[%%expect{|
Line 1, characters 47-48:
1 | let f = function ((n : string), 0) -> n | _ -> 0
                                                   ^
Error: This expression has type int but an expression was expected of type
         string
|}]

(* A let pattern of the wrong shape. *)
let (a, b) = (1, 2, 3)
[%%expect{|
Line 1, characters 13-22:
1 | let (a, b) = (1, 2, 3)
                 ^^^^^^^^^
Error: This expression has type 'a * 'b * 'c
       but an expression was expected of type 'd * 'e
|}]

let () = print_int 1; 2
[%%expect{|
Line 1, characters 22-23:
1 | let () = print_int 1; 2
                          ^
Error: This expression has type int but an expression was expected of type
         unit
|}]

(* Exception cases: only in a match, never all of its cases, no guard on a
   case that mixes values and exceptions. *)
let read ic = try input_line ic with exception End_of_file -> ""
[%%expect{|
Line 1, characters 37-58:
1 | let read ic = try input_line ic with exception End_of_file -> ""
                                         ^^^^^^^^^^^^^^^^^^^^^
Error: Exception patterns are not allowed in this position.
|}]

let read ic = match input_line ic with exception End_of_file -> ""
[%%expect{|
Line 1, characters 14-66:
1 | let read ic = match input_line ic with exception End_of_file -> ""
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: None of the patterns in this 'match' expression match values.
|}]

let find tbl k = match Hashtbl.find tbl k with 0 | exception Not_found when k > 0 -> None | v -> Some v
[%%expect{|
Line 1, characters 47-70:
1 | let find tbl k = match Hashtbl.find tbl k with 0 | exception Not_found when k > 0 -> None | v -> Some v
                                                   ^^^^^^^^^^^^^^^^^^^^^^^
Error: Mixing value and exception patterns under when-guards is not supported.
|}]

let read ic = match input_line ic with "" | exception End_of_file -> None | l -> Some l
[%%expect{|
val read : in_channel -> string option
|}]

(* Refutation cases: `.` where no value arrives, OCaml's error where one
   does. *)
type empty = |
let f (x : (int, empty) result) = match x with Ok n -> n | Error _ -> .
[%%expect{|
type empty = |
val f : (int, empty) result -> int = <fun>
|}]

let g (x : int option) = match x with Some n -> n | None -> 0 | _ -> .
[%%expect{|
val g : int option -> int = <fun>
|}]

let h (x : int option) = match x with None -> 0 | Some _ -> .
[%%expect{|
Line 1, characters 50-56:
1 | let h (x : int option) = match x with None -> 0 | Some _ -> .
                                                      ^^^^^^
Error: This match case could not be refuted.
       Here is an example of a value that would reach it: Some _
|}]
