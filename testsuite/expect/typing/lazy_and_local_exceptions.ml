(* lazy e and let exception: typed as Typecore types them. *)

let l = lazy (1 + 2)
let v = Lazy.force l
let n = lazy []
let r = lazy (ref [])
let k : int Lazy.t = lazy 1
[%%expect{|
val l : int lazy_t = <lazy>
val v : int = 3
val n : 'a list lazy_t = lazy []
val r : '_weak1 list ref lazy_t = <lazy>
val k : int Lazy.t = lazy 1
|}]

(* The argument is typed against the type inside the lazy_t. *)
let bad = lazy (1 + "two")
[%%expect{|
Line 1, characters 20-25:
1 | let bad = lazy (1 + "two")
                        ^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

let f (x : int) = lazy x
let g () : string = Lazy.force (f 3)
[%%expect{|
val f : int -> int lazy_t = <fun>
Line 2, characters 20-36:
2 | let g () : string = Lazy.force (f 3)
                        ^^^^^^^^^^^^^^^^
Error: This expression has type int but an expression was expected of type
         string
Line 2, characters 31-36:
2 | let g () : string = Lazy.force (f 3)
                                   ^^^^^
  Hint: `(f 3)' is likely the mistake: it has type int lazy_t but the context needs string Lazy.t.
|}]

(* A lazy value where another type is expected. *)
let h () : int = lazy 3
[%%expect{|
Line 1, characters 17-23:
1 | let h () : int = lazy 3
                     ^^^^^^
Error: This expression has type 'a lazy_t
       but an expression was expected of type int
|}]

let sum = lazy 1 + 2
[%%expect{|
Line 1, characters 10-16:
1 | let sum = lazy 1 + 2
              ^^^^^^
Error: This expression has type 'a lazy_t
       but an expression was expected of type int
|}]

(* A lazy value is not unit: its statement warns. *)
let stmt () = lazy (print_string "x"); 1
[%%expect{|
Line 1, characters 14-37:
1 | let stmt () = lazy (print_string "x"); 1
                  ^^^^^^^^^^^^^^^^^^^^^^^
Warning 10 [non-unit-statement]: this expression should have type unit.
val stmt : unit -> int = <fun>
|}]

(* Recursive definitions: a delayed use is allowed, a forced one is not. *)
let rec stream = lazy (1 :: Lazy.force stream)
[%%expect{|
val stream : int list Lazy.t = <lazy>
|}]

let rec p = lazy p
[%%expect{|
Line 1, characters 17-18:
1 | let rec p = lazy p
                     ^
Error: This expression has type 'a lazy_t
       but an expression was expected of type 'a
       The type variable 'a occurs inside 'a lazy_t
|}]

let rec q = lazy (fun () -> q)
[%%expect{|
Line 1, characters 28-29:
1 | let rec q = lazy (fun () -> q)
                                ^
Error: This expression has type (unit -> 'a) lazy_t
       but an expression was expected of type 'a
       The type variable 'a occurs inside (unit -> 'a) lazy_t
|}]

let rec u = (lazy u, 1)
[%%expect{|
Line 1, characters 18-19:
1 | let rec u = (lazy u, 1)
                      ^
Error: This expression has type 'a lazy_t * 'b
       but an expression was expected of type 'a
       The type variable 'a occurs inside 'a lazy_t * 'b
Line 1, characters 18-19:
1 | let rec u = (lazy u, 1)
                      ^
  Hint: Did you mean `snd u'?
|}]

let rec w = Lazy.force (lazy w)
[%%expect{|
Line 1, characters 12-31:
1 | let rec w = Lazy.force (lazy w)
                ^^^^^^^^^^^^^^^^^^^
Error: This kind of expression is not allowed as right-hand side of `let rec'
|}]

(* let exception: a constructor of exn seen only in the body. *)
let first_negative l =
  let exception Found of int in
  try List.iter (fun x -> if x < 0 then raise (Found x)) l; None
  with Found x -> Some x
[%%expect{|
val first_negative : int list -> int option = <fun>
|}]

let escape () = let exception E in E
[%%expect{|
val escape : unit -> exn = <fun>
|}]

let out_of_scope = Found 1
[%%expect{|
Line 1, characters 19-24:
1 | let out_of_scope = Found 1
                       ^^^^^
Error: Unbound constructor Found
|}]

let wrong_arg () = let exception E of int in raise (E "one")
[%%expect{|
Line 1, characters 54-59:
1 | let wrong_arg () = let exception E of int in raise (E "one")
                                                          ^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

(* It shadows an exception of the same name for its body only. *)
exception E of string
let shadow () = let exception E of int in E 1
let outside = E "s"
[%%expect{|
exception E of string
val shadow : unit -> exn = <fun>
val outside : exn = E "s"
|}]

(* The type variables named before it are forgotten, as Typedecl resets
   them. *)
let forget (x : 'a) = let exception X in fun (y : 'a) -> (x, y)
[%%expect{|
val forget : 'a -> 'a0 -> 'a * 'a0 = <fun>
|}]

let unbound () = let exception P of 'a in ()
[%%expect{|
Line 1, characters 36-38:
1 | let unbound () = let exception P of 'a in ()
                                        ^^
Error: The type variable 'a is unbound in this type declaration.
|}]

let unit_body () = let exception Q in 1; ()
[%%expect{|
Line 1, characters 38-39:
1 | let unit_body () = let exception Q in 1; ()
                                          ^
Warning 10 [non-unit-statement]: this expression should have type unit.
val unit_body : unit -> unit = <fun>
|}]
