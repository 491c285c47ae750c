(* Numeric literals: the accepted forms, the ones out of range, and the ones
   with suffixes OCaml does not know. *)

let decimal = 1_000_000
let hex = 0xFF_FF
let octal = 0o755
let binary = 0b1010
let i32 = 42l
let hex32 = 0x7FFFl
let i64 = 1_000L
let native = 12n
let f1 = 1.
let f2 = 1.5e-3
let f3 = 1_000.5
let f4 = 0x1p3
[%%expect{|
val decimal : int
val hex : int
val octal : int
val binary : int
val i32 : int32
val hex32 : int32
val i64 : int64
val native : nativeint
val f1 : float
val f2 : float
val f3 : float
val f4 : float
|}]

(* max_int + 1 is accepted (it is min_int), as 2^31 is for int32 and 2^63
   for int64; one more is out of range. *)
let min_int_too = 4611686018427387904
let min_int32 = 2147483648l
let min_int64 = 9223372036854775808L
[%%expect{|
val min_int_too : int
val min_int32 : int32
val min_int64 : int64
|}]

let too_big = 4611686018427387905
[%%expect{|
Line 1, characters 14-33:
1 | let too_big = 4611686018427387905
                  ^^^^^^^^^^^^^^^^^^^
Error: Integer literal exceeds the range of representable integers of type int
|}]

let too_small = -4611686018427387905
[%%expect{|
Line 1, characters 16-36:
1 | let too_small = -4611686018427387905
                    ^^^^^^^^^^^^^^^^^^^^
Error: Integer literal exceeds the range of representable integers of type int
|}]

let mask = 0x8000000000000000
[%%expect{|
Line 1, characters 11-29:
1 | let mask = 0x8000000000000000
               ^^^^^^^^^^^^^^^^^^
Error: Integer literal exceeds the range of representable integers of type int
|}]

let big32 = 2147483649l
[%%expect{|
Line 1, characters 12-23:
1 | let big32 = 2147483649l
                ^^^^^^^^^^^
Error: Integer literal exceeds the range of representable integers of type int32
|}]

let big64 = 9223372036854775809L
[%%expect{|
Line 1, characters 12-32:
1 | let big64 = 9223372036854775809L
                ^^^^^^^^^^^^^^^^^^^^
Error: Integer literal exceeds the range of representable integers of type int64
|}]

let bign = 0x1_0000_0000_0000_0000n
[%%expect{|
Line 1, characters 11-35:
1 | let bign = 0x1_0000_0000_0000_0000n
               ^^^^^^^^^^^^^^^^^^^^^^^^
Error: Integer literal exceeds the range of representable integers of type nativeint
|}]

(* In a pattern too. *)
let f = function
  | 4611686018427387906 -> true
  | _ -> false
[%%expect{|
Line 2, characters 4-23:
2 |   | 4611686018427387906 -> true
        ^^^^^^^^^^^^^^^^^^^
Error: Integer literal exceeds the range of representable integers of type int
|}]

(* A single letter after a number is a suffix, and only l, L and n are
   known ... *)
let count = 10u
[%%expect{|
Line 1, characters 12-15:
1 | let count = 10u
                ^^^
Error: Unknown modifier 'u' for literal 10u
|}]

let x = 1.5L
[%%expect{|
Line 1, characters 8-12:
1 | let x = 1.5L
            ^^^^
Error: Unknown modifier 'L' for literal 1.5L
|}]

let x = 0x
[%%expect{|
Line 1, characters 8-10:
1 | let x = 0x
            ^^
Error: Unknown modifier 'x' for literal 0x
|}]

(* ... while more letters, or a digit out of its base, make an invalid
   literal. *)
let n = 1_000abc
[%%expect{|
Line 1, characters 8-16:
1 | let n = 1_000abc
            ^^^^^^^^
Error: Invalid literal 1_000abc
|}]

let flags = 0b102
[%%expect{|
Line 1, characters 12-17:
1 | let flags = 0b102
                ^^^^^
Error: Invalid literal 0b102
|}]

let half = 0.5f
[%%expect{|
Line 1, characters 11-15:
1 | let half = 0.5f
               ^^^^
Error: Invalid literal 0.5f
|}]

let big = 1.5e
[%%expect{|
Line 1, characters 10-14:
1 | let big = 1.5e
              ^^^^
Error: Invalid literal 1.5e
|}]
