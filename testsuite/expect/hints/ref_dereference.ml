(* The reference hint (HINTS.md, 3): a value of type t ref where t is
   expected. OCaml 4.13 has no such hint. *)

let a = ref 1
let b = a + 1
[%%expect{|
val a : int ref
Line 2, characters 8-9:
2 | let b = a + 1
            ^
Error: This expression has type int ref
       but an expression was expected of type int
  Hint: This is a `ref', did you mean `!a'?
|}]

let () = print_int a
[%%expect{|
Line 1, characters 19-20:
1 | let () = print_int a
                       ^
Error: This expression has type int ref
       but an expression was expected of type int
  Hint: This is a `ref', did you mean `!a'?
|}]

let names = ref ["x"]
let n = List.length names
[%%expect{|
val names : string list ref
Line 2, characters 20-25:
2 | let n = List.length names
                        ^^^^^
Error: This expression has type string list ref
       but an expression was expected of type 'a list
  Hint: This is a `ref', did you mean `!names'?
|}]

(* Another expression than a name is parenthesised, and shown when short. *)
let refs = [ref 1; ref 2]
let first = List.hd refs + 1
[%%expect{|
val refs : int ref list
Line 2, characters 12-24:
2 | let first = List.hd refs + 1
                ^^^^^^^^^^^^
Error: This expression has type int ref
       but an expression was expected of type int
  Hint: This is a `ref', did you mean `!(List.hd refs)'?
|}]

let total = 1 + List.nth (List.rev (List.rev (List.rev refs))) 0
[%%expect{|
Line 1, characters 16-64:
1 | let total = 1 + List.nth (List.rev (List.rev (List.rev refs))) 0
                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This expression has type int ref
       but an expression was expected of type int
  Hint: This is a `ref', did you mean `!( .. )'?
|}]

(* The contents may still be a type variable. *)
let f (r : 'a ref) = r + 1
[%%expect{|
Line 1, characters 21-22:
1 | let f (r : 'a ref) = r + 1
                         ^
Error: This expression has type 'a ref but an expression was expected of type
         int
  Hint: This is a `ref', did you mean `!r'?
|}]

let g r = ignore (!r); r * 2
[%%expect{|
Line 1, characters 23-24:
1 | let g r = ignore (!r); r * 2
                           ^
Error: This expression has type 'a ref but an expression was expected of type
         int
  Hint: This is a `ref', did you mean `!r'?
|}]

(* Silent: `ref e' itself, where the contents were meant (!(ref 0) is no
   advice). *)
let c = ref 0 + 1
[%%expect{|
Line 1, characters 8-13:
1 | let c = ref 0 + 1
            ^^^^^
Error: This expression has type int ref
       but an expression was expected of type int
|}]

(* Where the hint points: the origin of the type. OCaml reports `value' in
   best := value, yet `value' got type int ref from `value > best', which
   is the mistake; the hint points there, a located sub-message. *)
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
|}]

(* The edit at the origin does not verify (value is also assigned as a
   reference), so the hint falls back to the site of the error. *)
let update_max (best : int ref) value =
  if value > best then (best := value; value := 0)
[%%expect{|
Line 2, characters 32-37:
2 |   if value > best then (best := value; value := 0)
                                    ^^^^^
Error: This expression has type int ref
       but an expression was expected of type int
  Hint: This is a `ref', did you mean `!value'?
|}]

(* The reverse: a let-bound name of type t where a t ref is expected. The
   hint points at the binding; its fix-it makes the binding a reference
   (maybe-incorrect). *)
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
|}]

let count = 0
let bump () = count := 1
[%%expect{|
val count : int
Line 2, characters 14-19:
2 | let bump () = count := 1
                  ^^^^^
Error: This expression has type int but an expression was expected of type
         'a ref
Line 1, characters 4-9:
1 | let count = 0
        ^^^^^
  Hint: `count' is not a reference; did you mean to create it with `let count = ref …'?
|}]

let f l = let total = List.length l in total := 0; total
[%%expect{|
Line 1, characters 39-44:
1 | let f l = let total = List.length l in total := 0; total
                                           ^^^^^
Error: This expression has type int but an expression was expected of type
         'a ref
Line 1, characters 14-19:
1 | let f l = let total = List.length l in total := 0; total
                  ^^^^^
  Hint: `total' is not a reference; did you mean to create it with `let total = ref …'?
|}]

(* !x with x an int: making x a reference is clean (every use of x reads
   a reference), so it is offered; dropping the ! would be too, at this one
   use, but the error is at x, whose binding is what the hint changes. *)
let x = 5
let y = !x + 1
[%%expect{|
val x : int
Line 2, characters 9-10:
2 | let y = !x + 1
             ^
Error: This expression has type int but an expression was expected of type
         'a ref
Line 1, characters 4-5:
1 | let x = 5
        ^
  Hint: `x' is not a reference; did you mean to create it with `let x = ref …'?
|}]

(* The core hint is silent: a function parameter has no binding to edit.
   The blame engine still points at the likeliest mistake. *)
let bump (n : int) = incr n
[%%expect{|
Line 1, characters 26-27:
1 | let bump (n : int) = incr n
                              ^
Error: This expression has type int but an expression was expected of type
         int ref
|}]

(* The core hint is silent: a name bound by a pattern of a match.
   The blame engine still points at the likeliest mistake. *)
let f (o : int option) = match o with Some n -> incr n | None -> ()
[%%expect{|
Line 1, characters 53-54:
1 | let f (o : int option) = match o with Some n -> incr n | None -> ()
                                                         ^
Error: This expression has type int but an expression was expected of type
         int ref
|}]

(* The core hint is silent: the reference would only move the error, to n + 1.
   The blame engine still points at the likeliest mistake. *)
let f () = let n = 0 in incr n; n + 1
[%%expect{|
Line 1, characters 29-30:
1 | let f () = let n = 0 in incr n; n + 1
                                 ^
Error: This expression has type int but an expression was expected of type
         int ref
Line 1, characters 19-20:
1 | let f () = let n = 0 in incr n; n + 1
                       ^
  Hint: `0' is likely the mistake: here it has type int, which does not agree with the rest of the code.
|}]

(* The core hint is silent: a float ref is no int ref either.
   The blame engine still points at the likeliest mistake. *)
let f () = let n = 0.5 in incr n
[%%expect{|
Line 1, characters 31-32:
1 | let f () = let n = 0.5 in incr n
                                   ^
Error: This expression has type float but an expression was expected of type
         int ref
Line 1, characters 19-22:
1 | let f () = let n = 0.5 in incr n
                       ^^^
  Hint: `0.5' is likely the mistake: here it has type float, which does not agree with the rest of the code.
|}]

(* Silent: an item in between uses the name as an int. *)
let total = 0
let twice = total * 2
let add () = total := 3
[%%expect{|
val total : int
val twice : int
Line 3, characters 13-18:
3 | let add () = total := 3
                 ^^^^^
Error: This expression has type int but an expression was expected of type
         'a ref
|}]

(* Silent: the binding of count is in an earlier phrase of the toplevel
   (above), which re-typing this one cannot change. *)
let reset () = count := 0
[%%expect{|
Line 1, characters 15-20:
1 | let reset () = count := 0
                   ^^^^^
Error: This expression has type int but an expression was expected of type
         'a ref
|}]

(* Silent: the program's own ! is not the prelude's. *)
let ( ! ) r = r
let r = ref 1
let d = r + 1
[%%expect{|
val ( ! ) : 'a -> 'a
val r : int ref
Line 3, characters 8-9:
3 | let d = r + 1
            ^
Error: This expression has type int ref
       but an expression was expected of type int
|}]

(* The core hint is silent: the program's own ! gives no advice at the origin either.
   The blame engine still points at the likeliest mistake. *)
let update_max (best : int ref) value =
  if value > best then best := value
[%%expect{|
Line 2, characters 31-36:
2 |   if value > best then best := value
                                   ^^^^^
Error: This expression has type int ref
       but an expression was expected of type int
Line 2, characters 5-10:
2 |   if value > best then best := value
         ^^^^^
  Hint: `value' is likely the mistake: it has type int but the context needs int ref.
|}]

(* The core hint is silent: the program's own ref is not the prelude's.
   The blame engine still points at the likeliest mistake. *)
let ref x = [x]
let f () = let n = 0 in incr n
[%%expect{|
val ref : 'a -> 'a list
Line 2, characters 29-30:
2 | let f () = let n = 0 in incr n
                                 ^
Error: This expression has type int but an expression was expected of type
         int ref
Line 2, characters 19-20:
2 | let f () = let n = 0 in incr n
                       ^
  Hint: `0' is likely the mistake: here it has type int, which does not agree with the rest of the code.
|}]
