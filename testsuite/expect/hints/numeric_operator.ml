(* The numeric-operator hint (HINTS.md, 2): an int operator on floats or
   boxed integers, or a float operator on ints. The hint is a sub-message
   located at the operator. OCaml 4.13 has no such hint. *)

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
|}]

let f (x : float) (y : float) = x * y
[%%expect{|
Line 1, characters 32-33:
1 | let f (x : float) (y : float) = x * y
                                    ^
Error: This expression has type float but an expression was expected of type
         int
Line 1, characters 34-35:
1 | let f (x : float) (y : float) = x * y
                                      ^
  Hint: Did you mean to use `*.'?
|}]

let f (x : float) = x - 1.
[%%expect{|
Line 1, characters 20-21:
1 | let f (x : float) = x - 1.
                        ^
Error: This expression has type float but an expression was expected of type
         int
Line 1, characters 22-23:
1 | let f (x : float) = x - 1.
                          ^
  Hint: Did you mean to use `-.'?
|}]

(* Whose result is expected to be a float: the + is the culprit. *)
let average a b = (a + b) /. 2.
[%%expect{|
Line 1, characters 18-25:
1 | let average a b = (a + b) /. 2.
                      ^^^^^^^
Error: This expression has type int but an expression was expected of type
         float
Line 1, characters 21-22:
1 | let average a b = (a + b) /. 2.
                         ^
  Hint: Did you mean to use `+.'?
|}]

(* An unannotated parameter takes the kind of the operator's other
   operand. *)
let f n = n + 1.
[%%expect{|
Line 1, characters 14-16:
1 | let f n = n + 1.
                  ^^
Error: This expression has type float but an expression was expected of type
         int
Line 1, characters 12-13:
1 | let f n = n + 1.
                ^
  Hint: Did you mean to use `+.'?
|}]

(* An integer literal operand is converted by the same fix. *)
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
|}]

(* mod on floats is Float.rem, and unary minus is -. *)
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
|}]

let f (x : float) = - x
[%%expect{|
Line 1, characters 22-23:
1 | let f (x : float) = - x
                          ^
Error: This expression has type float but an expression was expected of type
         int
Line 1, characters 20-21:
1 | let f (x : float) = - x
                        ^
  Hint: Did you mean to use `-.'?
|}]

(* On boxed integers, the module's function: a maybe-incorrect rewrite. *)
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
|}]

let f (a : int64) = a * 2L
[%%expect{|
Line 1, characters 20-21:
1 | let f (a : int64) = a * 2L
                        ^
Error: This expression has type int64 but an expression was expected of type
         int
Line 1, characters 22-23:
1 | let f (a : int64) = a * 2L
                          ^
  Hint: Did you mean to use `Int64.mul'?
|}]

let f (a : nativeint) b = (a - b, b)
[%%expect{|
Line 1, characters 27-28:
1 | let f (a : nativeint) b = (a - b, b)
                               ^
Error: This expression has type nativeint
       but an expression was expected of type int
Line 1, characters 29-30:
1 | let f (a : nativeint) b = (a - b, b)
                                 ^
  Hint: Did you mean to use `Nativeint.sub'?
|}]

(* The reverse: float operators on ints. *)
let f (n : int) = n +. 1
[%%expect{|
Line 1, characters 18-19:
1 | let f (n : int) = n +. 1
                      ^
Error: This expression has type int but an expression was expected of type
         float
Line 1, characters 20-22:
1 | let f (n : int) = n +. 1
                        ^^
  Hint: Did you mean to use `+'?
|}]

let f (a : int) (b : int) = a /. b
[%%expect{|
Line 1, characters 28-29:
1 | let f (a : int) (b : int) = a /. b
                                ^
Error: This expression has type int but an expression was expected of type
         float
Line 1, characters 30-32:
1 | let f (a : int) (b : int) = a /. b
                                  ^^
  Hint: Did you mean to use `/'?
|}]

(* Silent: the other operand is an int whatever the operator is, so +.
   would only move the error to n (OCaml's reverted hint, PR 2307). *)
let f () = let n = 1 in n + 1.
[%%expect{|
Line 1, characters 28-30:
1 | let f () = let n = 1 in n + 1.
                                ^^
Error: This expression has type float but an expression was expected of type
         int
|}]

(* The operator hint is silent: changing either operator of the chain
   alone only moves the error. The whole chain converted is clean: the
   arithmetic-chain repair. *)
let f (x : float) = 2 * x * x
[%%expect{|
Line 1, characters 24-25:
1 | let f (x : float) = 2 * x * x
                            ^
Error: This expression has type float but an expression was expected of type
         int
Line 1, characters 20-29:
1 | let f (x : float) = 2 * x * x
                        ^^^^^^^^^
  Hint: Did you mean `2. *. x *. x'?
|}]

(* The core hint is silent: a counter bound to ref 0. added to an int; no operator makes
   both sides agree.
   The blame engine still points at the likeliest mistake. *)
let total l = let count = ref 0. in !count + List.length l
[%%expect{|
Line 1, characters 36-42:
1 | let total l = let count = ref 0. in !count + List.length l
                                        ^^^^^^
Error: This expression has type float but an expression was expected of type
         int
Line 1, characters 37-42:
1 | let total l = let count = ref 0. in !count + List.length l
                                         ^^^^^
  Hint: `count' is likely the mistake: it has type float ref but the context needs int ref.
|}]

(* An operand that is an operation of the other kind: either operator may be
   the slip, and both make the item type-check. The rest of the file uses
   the operator defined with ints, or with floats: the fix it agrees with
   is offered. *)

let ( +! ) a b = (a +. b) mod 1000
let a = 2 +! 3
[%%expect{|
Line 1, characters 17-25:
1 | let ( +! ) a b = (a +. b) mod 1000
                     ^^^^^^^^
Error: This expression has type float but an expression was expected of type
         int
Line 1, characters 20-22:
1 | let ( +! ) a b = (a +. b) mod 1000
                        ^^
  Hint: Did you mean to use `+'?
|}]

let ( +! ) a b = (a +. b) mod 1000
let a = 2. +! 3.
[%%expect{|
Line 1, characters 17-25:
1 | let ( +! ) a b = (a +. b) mod 1000
                     ^^^^^^^^
Error: This expression has type float but an expression was expected of type
         int
Line 1, characters 26-29:
1 | let ( +! ) a b = (a +. b) mod 1000
                              ^^^
  Hint: Did you mean to use `Float.rem' (and `1000.')?
|}]

let ( **! ) a b = a *. b * b
let r = 2 **! 3
[%%expect{|
Line 1, characters 18-24:
1 | let ( **! ) a b = a *. b * b
                      ^^^^^^
Error: This expression has type float but an expression was expected of type
         int
Line 1, characters 20-22:
1 | let ( **! ) a b = a *. b * b
                        ^^
  Hint: Did you mean to use `*'?
|}]

(* Silent: a program's own + is not the prelude's: no advice about it. *)
let ( + ) a b = a - b + 0
let f (x : float) = x + 1.
[%%expect{|
val ( + ) : int -> int -> int
Line 2, characters 20-21:
2 | let f (x : float) = x + 1.
                        ^
Error: This expression has type float but an expression was expected of type
         int
|}]
