(* Comments nest, and the string and character literals inside them are
   lexed, as in OCaml. *)

let x = (* outer (* inner *) still outer *) 1
let y = (* a string "with *) inside" *) 2
let z = (* a quoted string {|with *) inside|} *) 3
let c = (* a character '"' is not a string *) 4
[%%expect{|
val x : int
val y : int
val z : int
val c : int
|}]

let x = 1
(* never closed
let y = 2
[%%expect{|
Line 2, characters 0-2:
2 | (* never closed
    ^^
Error: Comment not terminated
|}]

(* The error points at the comment that is still open at the end: here the
   outer one, the inner one being closed. *)
let x = 1 (* outer (* inner *)
[%%expect{|
Line 1, characters 10-12:
1 | let x = 1 (* outer (* inner *)
              ^^
Error: Comment not terminated
|}]

(* An unterminated string inside a comment: the error names both. *)
(* it's "fine *)
let x = 1
[%%expect{|
Line 1, characters 0-2:
1 | (* it's "fine *)
    ^^
Error: This comment contains an unterminated string literal
Line 1, characters 8-9:
1 | (* it's "fine *)
            ^
  String literal begins here
|}]

(* A quoted string opens even in a comment. *)
(* the set {x|x > 0} of positives *)
let positive x = x > 0
[%%expect{|
Line 1, characters 0-2:
1 | (* the set {x|x > 0} of positives *)
    ^^
Error: This comment contains an unterminated string literal
Line 1, characters 11-14:
1 | (* the set {x|x > 0} of positives *)
               ^^^
  String literal begins here
|}]

(* Warning 1: an opening parenthesis followed by a star starts a comment,
   even when a closing parenthesis follows: it is not the operator ( * ). *)
let product = List.fold_left (*) 1 [2; 3; 4] *)
[%%expect{|
Line 1, characters 29-32:
1 | let product = List.fold_left (*) 1 [2; 3; 4] *)
                                 ^^^
Warning 1 [comment-start]: this `(*' is the start of a comment.
Hint: Did you forget spaces when writing the infix operator `( * )'?
val product : ('a -> 'b -> 'a) -> 'a -> 'b list -> 'a
|}]

let product = List.fold_left ( * ) 1 [2; 3; 4]
[%%expect{|
val product : int
|}]

(* Warning 2: a comment's end outside any comment. *)
let area r = 3.14 *. r *. r *)
[%%expect{|
Line 1, characters 28-30:
1 | let area r = 3.14 *. r *. r *)
                                ^^
Warning 2 [comment-not-end]: this is not the end of a comment.
Line 1, characters 29-30:
1 | let area r = 3.14 *. r *. r *)
                                 ^
Error: Syntax error
|}]
