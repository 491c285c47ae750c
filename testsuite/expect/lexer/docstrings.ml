(* A docstring `(** ... *)` with a blank line before and after it floats: it
   is a structure item of its own, the chunk's first, and lines are numbered
   from it, as OCaml's expect tool numbers them. Attached docstrings and
   ordinary comments are not items. *)

let a = 1
[%%expect{|
val a : int
|}]

(** A floating docstring. *)

let x = 1 + "one"
[%%expect{|
Line 3, characters 12-17:
3 | let x = 1 + "one"
                ^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

(** Attached to the item that follows. *)
let y = 1 + "one"
[%%expect{|
Line 1, characters 12-17:
1 | let y = 1 + "one"
                ^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

(* An ordinary comment. *)

let z = 1 + "one"
[%%expect{|
Line 1, characters 12-17:
1 | let z = 1 + "one"
                ^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

(** The first of two; *)

(** the second floats too. *)
let w = 1 + "one"
[%%expect{|
Line 4, characters 12-17:
4 | let w = 1 + "one"
                ^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

(**)

let empty = 1 + "one"
[%%expect{|
Line 1, characters 16-21:
1 | let empty = 1 + "one"
                    ^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

(** Before a `;;`. *)

;; 1 + "one"
[%%expect{|
Line 1, characters 7-12:
1 | ;; 1 + "one"
           ^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]
