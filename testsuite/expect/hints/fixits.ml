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

(* At the origin of the type: the edit is there, not at the error. *)
let total base rate = base + base *. rate
[%%expect{|
Line 1, characters 29-33:
1 | let total base rate = base + base *. rate
                                 ^^^^
Error: This expression has type int but an expression was expected of type
         float
Line 1, characters 27-28:
1 | let total base rate = base + base *. rate
                               ^
  Hint: Did you mean to use `+.'?
fix-it:{1:27-1:28}:"+." machine-applicable
|}]

let update_max (best : int ref) value =
  if value > best then best := value
[%%expect{|
Line 2, characters 31-36:
2 |   if value > best then best := value
                                   ^^^^^
Error: This expression has type int ref
       but an expression was expected of type int
Line 2, characters 13-17:
2 |   if value > best then best := value
                 ^^^^
  Hint: This is a `ref', did you mean `!best'?
fix-it:{2:13-2:13}:"!" machine-applicable
|}]

(* A binding made a reference: ref inserted, with parentheses around an
   expression that is not atomic; maybe-incorrect, and in an earlier item
   when the binding is there. *)
let f () = let n = 0 in incr n
[%%expect{|
Line 1, characters 29-30:
1 | let f () = let n = 0 in incr n
                                 ^
Error: This expression has type int but an expression was expected of type
         int ref
Line 1, characters 15-16:
1 | let f () = let n = 0 in incr n
                   ^
  Hint: `n' is not a reference; did you mean to create it with `let n = ref …'?
fix-it:{1:19-1:19}:"ref " machine-applicable
|}]

let f l = let total = List.length l in total := 0
[%%expect{|
Line 1, characters 39-44:
1 | let f l = let total = List.length l in total := 0
                                           ^^^^^
Error: This expression has type int but an expression was expected of type
         'a ref
Line 1, characters 14-19:
1 | let f l = let total = List.length l in total := 0
                  ^^^^^
  Hint: `total' is not a reference; did you mean to create it with `let total = ref …'?
fix-it:{1:22-1:22}:"ref (" machine-applicable
fix-it:{1:35-1:35}:")" machine-applicable
|}]

let hits = 0
let bump () = hits := 1
[%%expect{|
val hits : int
Line 2, characters 14-18:
2 | let bump () = hits := 1
                  ^^^^
Error: This expression has type int but an expression was expected of type
         'a ref
Line 1, characters 4-8:
1 | let hits = 0
        ^^^^
  Hint: `hits' is not a reference; did you mean to create it with `let hits = ref …'?
fix-it:{1:11-1:11}:"ref " machine-applicable
|}]

(* OCaml's own hints, printed as part of its message, carry an edit too:
   the spelling hint replaces the name (a guess: maybe-incorrect). *)
let counter = 0
let g = countr + 1
[%%expect{|
val counter : int
Line 2, characters 8-14:
2 | let g = countr + 1
            ^^^^^^
Error: Unbound value countr
Hint: Did you mean counter?
fix-it:{2:8-2:14}:"counter" maybe-incorrect
|}]

(* Two suggestions at the same distance: one edit each. *)
let pear = 1
let bear = 2
let h = gear
[%%expect{|
val pear : int
val bear : int
Line 3, characters 8-12:
3 | let h = gear
            ^^^^
Error: Unbound value gear
Hint: Did you mean bear or pear?
fix-it:{3:8-3:12}:"bear" maybe-incorrect
fix-it:{3:8-3:12}:"pear" maybe-incorrect
|}]

(* The unit hints: apply to `()`, or wrap in `fun () ->`. *)
let greeting () = "hi"
let () = print_endline greeting
[%%expect{|
val greeting : unit -> string
Line 2, characters 23-31:
2 | let () = print_endline greeting
                           ^^^^^^^^
Error: This expression has type unit -> string
       but an expression was expected of type string
       Hint: Did you forget to provide `()' as argument?
fix-it:{2:23-2:23}:"(" maybe-incorrect
fix-it:{2:31-2:31}:" ())" maybe-incorrect
|}]

let run (f : unit -> int) = f ()
let k = run 3
[%%expect{|
val run : (unit -> int) -> int
Line 2, characters 12-13:
2 | let k = run 3
                ^
Error: This expression has type int but an expression was expected of type
         unit -> int
       Hint: Did you forget to wrap the expression using `fun () ->'?
fix-it:{2:12-2:12}:"(fun () -> " maybe-incorrect
fix-it:{2:13-2:13}:")" maybe-incorrect
|}]

(* An operator application gets parentheses before its `()`. *)
let ( +++ ) a _ = a
let s : string = greeting +++ 1
[%%expect{|
val ( +++ ) : 'a -> 'b -> 'a
Line 2, characters 17-31:
2 | let s : string = greeting +++ 1
                     ^^^^^^^^^^^^^^
Warning 5 [ignored-partial-application]: this function application is partial,
maybe some arguments are missing.
Line 2, characters 17-31:
2 | let s : string = greeting +++ 1
                     ^^^^^^^^^^^^^^
Error: This expression has type unit -> string
       but an expression was expected of type string
       Hint: Did you forget to provide `()' as argument?
fix-it:{2:17-2:17}:"((" maybe-incorrect
fix-it:{2:31-2:31}:") ())" maybe-incorrect
|}]
