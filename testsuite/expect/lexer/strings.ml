(* String literals: unterminated, quoted, and multi-line. *)

let greeting = "hello
[%%expect{|
Line 1, characters 15-16:
1 | let greeting = "hello
                   ^
Error: String literal not terminated
|}]

(* A string may span lines; warning 29, which says so, is off by default. *)
let poem = "roses
are red"
[%%expect{|
val poem : string
|}]

(* Quoted strings take everything up to the matching |id}. *)
let raw = {|no \escapes "here"|}
let tagged = {sql|SELECT "x" FROM t |} still inside|sql}
[%%expect{|
val raw : string
val tagged : string
|}]

(* ... and one with an id ends only at that id. *)
let raw = {sql|SELECT * FROM t|}
[%%expect{expect|
Line 1, characters 10-15:
1 | let raw = {sql|SELECT * FROM t|}
              ^^^^^
Error: String literal not terminated
|expect}]

(* The id of a quoted string is lowercase letters and underscores only: with
   an uppercase letter, { is a record brace. *)
let raw = {X|text|X}
[%%expect{|
Line 1, characters 12-13:
1 | let raw = {X|text|X}
                ^
Error: Syntax error
|}]
