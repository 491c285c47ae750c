(* The integer-literal hint (HINTS.md, 1): an integer literal where int32,
   int64, nativeint or float is expected gets the suffix that gives it that
   type. OCaml 4.13 gives this hint too; where mlhint differs (the literal's
   spelling, literals out of range), HINTS.md says why. *)

let a = Int32.add 2l 3
[%%expect{|
Line 1, characters 21-22:
1 | let a = Int32.add 2l 3
                         ^
Error: This expression has type int but an expression was expected of type
         int32
  Hint: Did you mean `3l'?
|}]

let b = Int64.mul 1000L 1_000
[%%expect{|
Line 1, characters 24-29:
1 | let b = Int64.mul 1000L 1_000
                            ^^^^^
Error: This expression has type int but an expression was expected of type
         int64
  Hint: Did you mean `1_000L'?
|}]

let c = Nativeint.sub 10n 1
[%%expect{|
Line 1, characters 26-27:
1 | let c = Nativeint.sub 10n 1
                              ^
Error: This expression has type int but an expression was expected of type
         nativeint
  Hint: Did you mean `1n'?
|}]

let d = 2.5 *. 2
[%%expect{|
Line 1, characters 15-16:
1 | let d = 2.5 *. 2
                   ^
Error: This expression has type int but an expression was expected of type
         float
  Hint: Did you mean `2.'?
|}]

let e : float = 1
[%%expect{|
Line 1, characters 16-17:
1 | let e : float = 1
                    ^
Error: This expression has type int but an expression was expected of type
         float
  Hint: Did you mean `1.'?
|}]

(* The literal keeps its spelling: hexadecimal, octal, binary, underscores,
   a sign (OCaml 4.13 printed the decimal value, 65280l). *)
let f = Int32.logand 0xFF00 0xFFl
[%%expect{|
Line 1, characters 21-27:
1 | let f = Int32.logand 0xFF00 0xFFl
                         ^^^^^^
Error: This expression has type int but an expression was expected of type
         int32
  Hint: Did you mean `0xFF00l'?
|}]

let g = Int64.add 1L (-3)
[%%expect{|
Line 1, characters 21-25:
1 | let g = Int64.add 1L (-3)
                         ^^^^
Error: This expression has type int but an expression was expected of type
         int64
  Hint: Did you mean `-3L'?
|}]

let h = Int32.logor 0b1010 1l
[%%expect{|
Line 1, characters 20-26:
1 | let h = Int32.logor 0b1010 1l
                        ^^^^^^
Error: This expression has type int but an expression was expected of type
         int32
  Hint: Did you mean `0b1010l'?
|}]

(* A literal of another boxed kind gets its suffix changed. *)
let i = Int32.add 1l 2L
[%%expect{|
Line 1, characters 21-23:
1 | let i = Int32.add 1l 2L
                         ^^
Error: This expression has type int64 but an expression was expected of type
         int32
  Hint: Did you mean `2l'?
|}]

(* In a list, a tuple, a pattern. *)
let l : int64 list = [1L; 2; 3L]
[%%expect{|
Line 1, characters 26-27:
1 | let l : int64 list = [1L; 2; 3L]
                              ^
Error: This expression has type int but an expression was expected of type
         int64
  Hint: Did you mean `2L'?
|}]

let p : int32 * float = (1l, 2)
[%%expect{|
Line 1, characters 29-30:
1 | let p : int32 * float = (1l, 2)
                                 ^
Error: This expression has type int but an expression was expected of type
         float
  Hint: Did you mean `2.'?
|}]

let is_zero (x : int32) = match x with 0 -> true | _ -> false
[%%expect{|
Line 1, characters 39-40:
1 | let is_zero (x : int32) = match x with 0 -> true | _ -> false
                                           ^
Error: This pattern matches values of type int
       but a pattern was expected which matches values of type int32
  Hint: Did you mean `0l'?
|}]

let is_one (x : float) = match x with 1 -> true | _ -> false
[%%expect{|
Line 1, characters 38-39:
1 | let is_one (x : float) = match x with 1 -> true | _ -> false
                                          ^
Error: This pattern matches values of type int
       but a pattern was expected which matches values of type float
  Hint: Did you mean `1.'?
|}]

(* The error may be reported at the literal as an argument of an operator
   of the right kind: the literal is the smaller change. *)
let half n = n /. 2
[%%expect{|
Line 1, characters 18-19:
1 | let half n = n /. 2
                      ^
Error: This expression has type int but an expression was expected of type
         float
  Hint: Did you mean `2.'?
|}]

(* Silent: a literal out of range for the expected type would not compile
   (OCaml 4.13 suggests 100000000000000000l). *)
let big = Int32.add 1l 100000000000000000
[%%expect{|
Line 1, characters 23-41:
1 | let big = Int32.add 1l 100000000000000000
                           ^^^^^^^^^^^^^^^^^^
Error: This expression has type int but an expression was expected of type
         int32
|}]

(* Silent: a hexadecimal literal where a float is expected (0x10. is
   another number). *)
let mask : float = 0x10
[%%expect{|
Line 1, characters 19-23:
1 | let mask : float = 0x10
                       ^^^^
Error: This expression has type int but an expression was expected of type
         float
|}]

(* Silent: an int is expected; a suffix cannot help. *)
let n : int = 3l
[%%expect{|
Line 1, characters 14-16:
1 | let n : int = 3l
                  ^^
Error: This expression has type int32 but an expression was expected of type
         int
|}]

(* Silent: float, char and string literals, whose unusual spelling more
   likely carries the intent. *)
let x = Int32.add 1l 2.
[%%expect{|
Line 1, characters 21-23:
1 | let x = Int32.add 1l 2.
                         ^^
Error: This expression has type float but an expression was expected of type
         int32
|}]

let y : int = 2.
[%%expect{|
Line 1, characters 14-16:
1 | let y : int = 2.
                  ^^
Error: This expression has type float but an expression was expected of type
         int
|}]

let z : float = '1'
[%%expect{|
Line 1, characters 16-19:
1 | let z : float = '1'
                    ^^^
Error: This expression has type char but an expression was expected of type
         float
|}]
