(* The hints OCaml 4.13 gives itself, kept byte for byte (HINTS.md). More
   cases are in ../typing/unbound.ml and ../typing/application.ml. *)

type point = { x : int; y : int }
type account = { owner : string; balance : float }
type color = Red | Green
let counter = ref 0
[%%expect{|
type point = { x : int; y : int; }
type account = { owner : string; balance : float; }
type color = Red | Green
val counter : int ref
|}]

(* Spelling: values, constructors, types, fields, modules. *)
let () = incr countr
[%%expect{|
Line 1, characters 14-20:
1 | let () = incr countr
                  ^^^^^^
Error: Unbound value countr
Hint: Did you mean counter?
|}]

let c = Gren
[%%expect{|
Line 1, characters 8-12:
1 | let c = Gren
            ^^^^
Error: Unbound constructor Gren
Hint: Did you mean Green?
|}]

let f (p : piont) = p
[%%expect{|
Line 1, characters 11-16:
1 | let f (p : piont) = p
               ^^^^^
Error: Unbound type constructor piont
Hint: Did you mean point?
|}]

let balance_of a = a.balnce
[%%expect{|
Line 1, characters 21-27:
1 | let balance_of a = a.balnce
                         ^^^^^^
Error: Unbound record field balnce
Hint: Did you mean balance?
|}]

let l = Lisst.length []
[%%expect{|
Line 1, characters 8-20:
1 | let l = Lisst.length []
            ^^^^^^^^^^^^
Error: Unbound module Lisst
Hint: Did you mean List?
|}]

(* The missing rec. *)
let loop n = if n > 0 then loop (n - 1)
[%%expect{|
Line 1, characters 27-31:
1 | let loop n = if n > 0 then loop (n - 1)
                               ^^^^
Error: Unbound value loop
Hint: If this is a recursive definition,
you should add the 'rec' keyword on line 1
|}]

(* The forgotten () argument, and the forgotten fun () ->. *)
let () = print_newline
[%%expect{|
Line 1, characters 9-22:
1 | let () = print_newline
             ^^^^^^^^^^^^^
Error: This expression has type unit -> unit
       but an expression was expected of type unit
       Hint: Did you forget to provide `()' as argument?
|}]

let () = at_exit (print_endline "bye")
[%%expect{|
Line 1, characters 17-38:
1 | let () = at_exit (print_endline "bye")
                     ^^^^^^^^^^^^^^^^^^^^^
Error: This expression has type unit but an expression was expected of type
         unit -> unit
       Hint: Did you forget to wrap the expression using `fun () ->'?
|}]

(* Why a type was expected: the "because it is in ..." family. *)
let g () = assert 1
[%%expect{|
Line 1, characters 18-19:
1 | let g () = assert 1
                      ^
Error: This expression has type int but an expression was expected of type
         bool
       because it is in the condition of an assertion
|}]
