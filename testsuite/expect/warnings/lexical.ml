(* TEST
   flags: -w +29
*)

(* Warnings of the lexer: 14 (an unknown escape in a string) and 29 (a
   newline in a string, off by default, turned on above). Warnings 1 and 2
   are in ../lexer/comments.ml. *)

(* An escaped newline gives no warning 29. *)
let line = "roses \
            are red"
[%%expect{|
val line : string
|}]

let regex = "\d+\.\d*"
[%%expect{|
Line 1, characters 13-15:
1 | let regex = "\d+\.\d*"
                 ^^
Warning 14 [illegal-backslash]: illegal backslash escape in string.
Line 1, characters 16-18:
1 | let regex = "\d+\.\d*"
                    ^^
Warning 14 [illegal-backslash]: illegal backslash escape in string.
Line 1, characters 18-20:
1 | let regex = "\d+\.\d*"
                      ^^
Warning 14 [illegal-backslash]: illegal backslash escape in string.
val regex : string
|}]

(* Inside a comment, neither: "\d
   is not a warning". *)
let x = 1
[%%expect{|
val x : int
|}]

(* Warning 29 is located on the newline itself, on the line it ends. *)
let poem = "roses
are red"
[%%expect{|
Line 1, characters 17-18:
 | let poem = "roses
                    ^
Warning 29 [eol-in-string]: unescaped end-of-line in a string constant (non-portable code)
val poem : string
|}]
