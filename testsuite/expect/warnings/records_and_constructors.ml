(* TEST
   flags: -w +9
*)

(* Warnings about how records and constructors are written: 9 (off by
   default, turned on above), 23, 28 and 52. *)

type point = { x : int; y : int; z : int }
type token = Eof | Num of int
[%%expect{|
type point = { x : int; y : int; z : int; }
type token = Eof | Num of int
|}]

(* Warning 9: a record pattern that does not list every field needs `; _'. *)
let get_x { x } = x
[%%expect{|
Line 1, characters 10-15:
1 | let get_x { x } = x
              ^^^^^
Warning 9 [missing-record-field-pattern]: the following labels are not bound in this record pattern:
y, z
Either bind these labels explicitly or add '; _' to the pattern.
val get_x : point -> int
|}]

let get_x { x; _ } = x
[%%expect{|
val get_x : point -> int
|}]

(* Warning 23: a `with' whose every field is given again. *)
let reset p = { p with x = 0; y = 0; z = 0 }
[%%expect{|
Line 1, characters 14-44:
1 | let reset p = { p with x = 0; y = 0; z = 0 }
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 23 [useless-record-with]: all the fields are explicitly listed in this record:
the 'with' clause is useless.
val reset : point -> point
|}]

(* Warning 28: a wildcard given to a constructor without argument. *)
let is_eof = function Eof _ -> true | Num _ -> false
[%%expect{|
Line 1, characters 26-27:
1 | let is_eof = function Eof _ -> true | Num _ -> false
                              ^
Warning 28 [wildcard-arg-to-constant-constr]: wildcard pattern given as argument to a constant constructor
val is_eof : token -> bool
|}]

(* Warning 52: matching the message of a prelude exception, which may
   change. *)
let safe_int s = try int_of_string s with Failure "int_of_string" -> 0
[%%expect{|
Line 1, characters 50-65:
1 | let safe_int s = try int_of_string s with Failure "int_of_string" -> 0
                                                      ^^^^^^^^^^^^^^^
Warning 52 [fragile-literal-pattern]: Code should not depend on the actual values of
this constructor's arguments. They are only for information
and may change in future versions. (See manual section 11.5)
val safe_int : string -> int
|}]

let f x = match x with Invalid_argument "index out of bounds" -> 1 | _ -> 0
[%%expect{|
Line 1, characters 40-61:
1 | let f x = match x with Invalid_argument "index out of bounds" -> 1 | _ -> 0
                                            ^^^^^^^^^^^^^^^^^^^^^
Warning 52 [fragile-literal-pattern]: Code should not depend on the actual values of
this constructor's arguments. They are only for information
and may change in future versions. (See manual section 11.5)
val f : exn -> int
|}]

(* A user exception's argument is fine to match. *)
exception Error of string
let f x = match x with Error "fatal" -> 1 | _ -> 0
[%%expect{|
exception Error of string
val f : exn -> int
|}]
