(* An opening delimiter whose closing one is missing: OCaml reports the token
   where it expected the closing one, then the opening one. *)

let total = (1 + 2
let next = 3
[%%expect{|
Line 2, characters 0-3:
2 | let next = 3
    ^^^
Error: Syntax error: ')' expected
Line 1, characters 12-13:
1 | let total = (1 + 2
                ^
  This '(' might be unmatched
|}]

let scaled = 2 * (3 + (4 * 5)
let next = 3
[%%expect{|
Line 2, characters 0-3:
2 | let next = 3
    ^^^
Error: Syntax error: ')' expected
Line 1, characters 17-18:
1 | let scaled = 2 * (3 + (4 * 5)
                     ^
  This '(' might be unmatched
|}]

(* Closed by the wrong delimiter. *)
let xs = [1; 2; 3)
[%%expect{|
Line 1, characters 17-18:
1 | let xs = [1; 2; 3)
                     ^
Error: Syntax error: ']' expected
Line 1, characters 9-10:
1 | let xs = [1; 2; 3)
             ^
  This '[' might be unmatched
|}]

let a = [| 1; 2; 3 ]
[%%expect{|
Line 1, characters 19-20:
1 | let a = [| 1; 2; 3 ]
                       ^
Error: Syntax error: '|]' expected
Line 1, characters 8-10:
1 | let a = [| 1; 2; 3 ]
            ^^
  This '[|' might be unmatched
|}]

let r = { contents = 1
let s = 2
[%%expect{|
Line 2, characters 0-3:
2 | let s = 2
    ^^^
Error: Syntax error: '}' expected
Line 1, characters 8-9:
1 | let r = { contents = 1
            ^
  This '{' might be unmatched
|}]

let f x =
  begin
    print_int x;
    print_newline ()
let g = 1
[%%expect{|
Line 5, characters 0-3:
5 | let g = 1
    ^^^
Error: Syntax error: 'end' expected
Line 2, characters 2-7:
2 |   begin
      ^^^^^
  This 'begin' might be unmatched
|}]

(* In a pattern. *)
let f = function (a, b -> a
[%%expect{|
Line 1, characters 23-25:
1 | let f = function (a, b -> a
                           ^^
Error: Syntax error: ')' expected
Line 1, characters 17-18:
1 | let f = function (a, b -> a
                     ^
  This '(' might be unmatched
|}]

let first = function [x; _ -> x | _ -> 0
[%%expect{|
Line 1, characters 27-29:
1 | let first = function [x; _ -> x | _ -> 0
                               ^^
Error: Syntax error: ']' expected
Line 1, characters 21-22:
1 | let first = function [x; _ -> x | _ -> 0
                         ^
  This '[' might be unmatched
|}]

(* Indexing. *)
let third a = a.(2
let next = 3
[%%expect{|
Line 2, characters 0-3:
2 | let next = 3
    ^^^
Error: Syntax error: ')' expected
Line 1, characters 16-17:
1 | let third a = a.(2
                    ^
  This '(' might be unmatched
|}]

let third s = s.[2
let next = 3
[%%expect{|
Line 2, characters 0-3:
2 | let next = 3
    ^^^
Error: Syntax error: ']' expected
Line 1, characters 16-17:
1 | let third s = s.[2
                    ^
  This '[' might be unmatched
|}]

(* Several lines later: the excerpt shows both places. *)
let call =
  max (1 +
       2
       3
let next = 4
[%%expect{|
Line 5, characters 0-3:
5 | let next = 4
    ^^^
Error: Syntax error: ')' expected
Line 2, characters 6-7:
2 |   max (1 +
          ^
  This '(' might be unmatched
|}]

(* Unclosed at the end of a chunk: the chunk ends where its [%%expect
   starts, so the end of input is located on that line, with no excerpt.
   (OCaml's own expect tool parses the whole file first and cannot show a
   syntax error at all; this is the toplevel's reading of the chunk.) *)
let scaled = 2 * (3 + (4 * 5)
[%%expect{|
Line 2, characters 0-0:
Error: Syntax error: ')' expected
Line 1, characters 17-18:
1 | let scaled = 2 * (3 + (4 * 5)
                     ^
  This '(' might be unmatched
|}]

let after = 1
[%%expect{|
val after : int
|}]
