(* TEST
   flags: --fixits
*)

(* Each hint's edit, in clang's parseable form: fix-it:{L:C-L:C}:"text"
   with the toplevel's line numbers and OCaml's 0-based columns, then its
   applicability. *)

(* An inserted suffix. *)
let a = Int32.add 2l 3
[%%expect{|
Line 1, characters 21-22:
1 | let a = Int32.add 2l 3
                         ^
Error: This expression has type int but an expression was expected of type
         int32
  Hint: Did you mean `3l'?
fix-it:{1:22-1:22}:"l" machine-applicable
|}]

(* A suffix replaced. *)
let b = Int32.add 1l 2L
[%%expect{|
Line 1, characters 21-23:
1 | let b = Int32.add 1l 2L
                         ^^
Error: This expression has type int64 but an expression was expected of type
         int32
  Hint: Did you mean `2l'?
fix-it:{1:22-1:23}:"l" machine-applicable
|}]

(* On the second line of a chunk. *)
let x = 1.5
let c = x *. 2
[%%expect{|
val x : float
Line 2, characters 13-14:
2 | let c = x *. 2
                 ^
Error: This expression has type int but an expression was expected of type
         float
  Hint: Did you mean `2.'?
fix-it:{2:14-2:14}:"." machine-applicable
|}]

(* An operator replaced: machine-applicable when written infix. *)
let f (x : float) = x + 1.
[%%expect{|
Line 1, characters 20-21:
1 | let f (x : float) = x + 1.
                        ^
Error: This expression has type float but an expression was expected of type
         int
Line 1, characters 22-23:
1 | let f (x : float) = x + 1.
                          ^
  Hint: Did you mean to use `+.'?
fix-it:{1:22-1:23}:"+." machine-applicable
|}]

(* An operator and a literal, changed together by one fix. *)
let f (x : float) = 1 + x
[%%expect{|
Line 1, characters 24-25:
1 | let f (x : float) = 1 + x
                            ^
Error: This expression has type float but an expression was expected of type
         int
Line 1, characters 22-23:
1 | let f (x : float) = 1 + x
                          ^
  Hint: Did you mean to use `+.' (and `1.')?
fix-it:{1:21-1:21}:"." machine-applicable
fix-it:{1:22-1:23}:"+." machine-applicable
|}]

(* A rewrite into a function call: maybe-incorrect. *)
let f (a : int32) (b : int32) = a + b
[%%expect{|
Line 1, characters 32-33:
1 | let f (a : int32) (b : int32) = a + b
                                    ^
Error: This expression has type int32 but an expression was expected of type
         int
Line 1, characters 34-35:
1 | let f (a : int32) (b : int32) = a + b
                                      ^
  Hint: Did you mean to use `Int32.add'?
fix-it:{1:32-1:37}:"(Int32.add a b)" maybe-incorrect
|}]

let f (x : float) = x mod 2.
[%%expect{|
Line 1, characters 20-21:
1 | let f (x : float) = x mod 2.
                        ^
Error: This expression has type float but an expression was expected of type
         int
Line 1, characters 22-25:
1 | let f (x : float) = x mod 2.
                          ^^^
  Hint: Did you mean to use `Float.rem'?
fix-it:{1:20-1:28}:"(Float.rem x 2.)" maybe-incorrect
|}]

(* ! inserted, with parentheses around an expression. *)
let r = ref 1
let d = r + 1
[%%expect{|
val r : int ref
Line 2, characters 8-9:
2 | let d = r + 1
            ^
Error: This expression has type int ref
       but an expression was expected of type int
  Hint: This is a `ref', did you mean `!r'?
fix-it:{2:8-2:8}:"!" machine-applicable
|}]

let refs = [ref 1]
let e = List.hd refs + 1
[%%expect{|
val refs : int ref list
Line 2, characters 8-20:
2 | let e = List.hd refs + 1
            ^^^^^^^^^^^^
Error: This expression has type int ref
       but an expression was expected of type int
  Hint: This is a `ref', did you mean `!(List.hd refs)'?
fix-it:{2:8-2:8}:"!(" machine-applicable
fix-it:{2:20-2:20}:")" machine-applicable
|}]

(* OCaml's own hints carry no edit. *)
let counter = 0
let g = countr + 1
[%%expect{|
val counter : int
Line 2, characters 8-14:
2 | let g = countr + 1
            ^^^^^^
Error: Unbound value countr
Hint: Did you mean counter?
|}]
