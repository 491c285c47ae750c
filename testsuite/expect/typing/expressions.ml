(* The other expressions of the subset: arrays, strings, exceptions,
   sequences, tuples, function and match. *)

let a = [| 1; 2; 3 |]
let second = a.(1)
let () = a.(0) <- 10
let c = "hello".[0]
let safe_div x y = try x / y with Division_by_zero -> 0
let fail_if b = if b then raise (Failure "b") else ()
let never () = assert false
let both f g x = f x; g x
let swap (x, y) = (y, x)
[%%expect{|
val a : int array
val second : int
val c : char
val safe_div : int -> int -> int
val fail_if : bool -> unit
val never : unit -> 'a
val both : ('a -> 'b) -> ('a -> 'c) -> 'a -> 'c
val swap : 'a * 'b -> 'b * 'a
|}]

let classify = function 0 -> "zero" | _ -> "other"
let describe x = match classify x with "zero" -> 0 | s -> String.length s
[%%expect{|
val classify : int -> string
val describe : int -> int
|}]

(* Indexes are ints; arrays hold one type. *)
let x = a.("one")
[%%expect{|
Line 1, characters 11-16:
1 | let x = a.("one")
               ^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

let () = a.(0) <- "ten"
[%%expect{|
Line 1, characters 18-23:
1 | let () = a.(0) <- "ten"
                      ^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

let s = "hello".[1.]
[%%expect{|
Line 1, characters 17-19:
1 | let s = "hello".[1.]
                     ^^
Error: This expression has type float but an expression was expected of type
         int
|}]

let mixed = [| 1; "two" |]
[%%expect{|
Line 1, characters 18-23:
1 | let mixed = [| 1; "two" |]
                      ^^^^^
Error: This expression has type string but an expression was expected of type
         int
Line 1, characters 15-16:
1 | let mixed = [| 1; "two" |]
                   ^
  Hint: `1' is likely the mistake: it has type int but the context needs string.
|}]

(* A handler returns the type of the body. *)
let f x = try int_of_string x with Failure _ -> "bad"
[%%expect{|
Line 1, characters 48-53:
1 | let f x = try int_of_string x with Failure _ -> "bad"
                                                    ^^^^^
Error: This expression has type string but an expression was expected of type
         int
Line 1, characters 14-29:
1 | let f x = try int_of_string x with Failure _ -> "bad"
                  ^^^^^^^^^^^^^^^
  Hint: `int_of_string x' is likely the mistake: it has type int but the context needs string.
|}]

(* raise takes an exception, not a string. *)
let f () = raise "error"
[%%expect{|
Line 1, characters 17-24:
1 | let f () = raise "error"
                     ^^^^^^^
Error: This expression has type string but an expression was expected of type
         exn
|}]

let f () = failwith 42
[%%expect{|
Line 1, characters 20-22:
1 | let f () = failwith 42
                        ^^
Error: This expression has type int but an expression was expected of type
         string
|}]

(* Tuples must have the same number of components. *)
let p : int * int * int = (1, 2)
[%%expect{|
Line 1, characters 26-32:
1 | let p : int * int * int = (1, 2)
                              ^^^^^^
Error: This expression has type 'a * 'b
       but an expression was expected of type int * int * int
|}]
