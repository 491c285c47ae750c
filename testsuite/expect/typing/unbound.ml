(* Names that are not defined, with OCaml's spelling suggestions: distance
   0 for names of 1-2 characters, 1 for 3-4, 2 for 5-6, 3 beyond. *)

let counter = ref 0
let total = 10
[%%expect{|
val counter : int ref
val total : int
|}]

let x = undefined_name + 1
[%%expect{|
Line 1, characters 8-22:
1 | let x = undefined_name + 1
            ^^^^^^^^^^^^^^
Error: Unbound value undefined_name
|}]

let () = incr countr
[%%expect{|
Line 1, characters 14-20:
1 | let () = incr countr
                  ^^^^^^
Error: Unbound value countr
Hint: Did you mean counter?
|}]

let y = totl * 2
[%%expect{|
Line 1, characters 8-12:
1 | let y = totl * 2
            ^^^^
Error: Unbound value totl
Hint: Did you mean total?
|}]

let z = print_endlin "hi"
[%%expect{|
Line 1, characters 8-20:
1 | let z = print_endlin "hi"
            ^^^^^^^^^^^^
Error: Unbound value print_endlin
Hint: Did you mean print_endline?
|}]

(* Several names at the same distance are all listed. *)
let foo1 = 1
let foo2 = 2
let foo3 = 3
let w = foo + 1
[%%expect{|
val foo1 : int
val foo2 : int
val foo3 : int
Line 4, characters 8-11:
4 | let w = foo + 1
            ^^^
Error: Unbound value foo
Hint: Did you mean foo1, foo2 or foo3?
|}]

(* Qualified names: the module exists but not the value ... *)
let n = List.lenght [1; 2]
[%%expect{|
Line 1, characters 8-19:
1 | let n = List.lenght [1; 2]
            ^^^^^^^^^^^
Error: Unbound value List.lenght
Hint: Did you mean length?
|}]

let n = String.no_such_function "x"
[%%expect{|
Line 1, characters 8-31:
1 | let n = String.no_such_function "x"
            ^^^^^^^^^^^^^^^^^^^^^^^
Error: Unbound value String.no_such_function
|}]

(* ... or the module itself does not. *)
let n = Lst.length [1; 2]
[%%expect{|
Line 1, characters 8-18:
1 | let n = Lst.length [1; 2]
            ^^^^^^^^^^
Error: Unbound module Lst
Hint: Did you mean List?
|}]

let n = Foo.bar
[%%expect{|
Line 1, characters 8-15:
1 | let n = Foo.bar
            ^^^^^^^
Error: Unbound module Foo
|}]

(* A name used before its definition. *)
let a = later + 1
let later = 2
[%%expect{|
Line 1, characters 8-13:
1 | let a = later + 1
            ^^^^^
Error: Unbound value later
|}]

(* A local name out of its scope. *)
let f () = let local = 1 in local
let g () = local + 1
[%%expect{|
val f : unit -> int
Line 2, characters 11-16:
2 | let g () = local + 1
               ^^^^^
Error: Unbound value local
Hint: Did you mean total?
|}]

(* A recursive function defined without rec: OCaml points at the line of the
   definition. *)
let fact n =
  if n = 0 then 1 else n * fact (n - 1)
[%%expect{|
Line 2, characters 27-31:
2 |   if n = 0 then 1 else n * fact (n - 1)
                               ^^^^
Error: Unbound value fact
Hint: If this is a recursive definition,
you should add the 'rec' keyword on line 1
|}]

let is_even n = n = 0 || is_odd (n - 1)
and is_odd n = n <> 0 && is_even (n - 1)
[%%expect{|
Line 1, characters 25-31:
1 | let is_even n = n = 0 || is_odd (n - 1)
                             ^^^^^^
Error: Unbound value is_odd
Hint: If this is a recursive definition,
you should add the 'rec' keyword on line 1
|}]

(* Constructors. *)
type color = Red | Green | Blue
let c = Yellow
[%%expect{|
type color = Red | Green | Blue
Line 2, characters 8-14:
2 | let c = Yellow
            ^^^^^^
Error: Unbound constructor Yellow
|}]

let c = Gren
[%%expect{|
Line 1, characters 8-12:
1 | let c = Gren
            ^^^^
Error: Unbound constructor Gren
Hint: Did you mean Green?
|}]

let f = function Rde -> 1 | _ -> 0
[%%expect{|
Line 1, characters 17-20:
1 | let f = function Rde -> 1 | _ -> 0
                     ^^^
Error: Unbound constructor Rde
Hint: Did you mean Red?
|}]

let o = some 3
[%%expect{|
Line 1, characters 8-12:
1 | let o = some 3
            ^^^^
Error: Unbound value some
|}]

let () = raise Not_foundd
[%%expect{|
Line 1, characters 15-25:
1 | let () = raise Not_foundd
                   ^^^^^^^^^^
Error: This variant expression is expected to have type exn
       There is no constructor Not_foundd within type exn
Hint: Did you mean Not_found?
|}]

(* Types. *)
let f (x : colour) = x
[%%expect{|
Line 1, characters 11-17:
1 | let f (x : colour) = x
               ^^^^^^
Error: Unbound type constructor colour
Hint: Did you mean color?
|}]

let f (x : strng) = x
[%%expect{|
Line 1, characters 11-16:
1 | let f (x : strng) = x
               ^^^^^
Error: Unbound type constructor strng
Hint: Did you mean string?
|}]

type t = { name : str }
[%%expect{|
Line 1, characters 18-21:
1 | type t = { name : str }
                      ^^^
Error: Unbound type constructor str
|}]

let f (x : List.tt) = x
[%%expect{|
Line 1, characters 11-18:
1 | let f (x : List.tt) = x
               ^^^^^^^
Error: Unbound type constructor List.tt
|}]

(* Record fields. *)
type point = { x : int; y : int }
let p = { x = 1; z = 2 }
[%%expect{|
type point = { x : int; y : int; }
Line 2, characters 17-18:
2 | let p = { x = 1; z = 2 }
                     ^
Error: Unbound record field z
|}]

let get_z p = p.z
[%%expect{|
Line 1, characters 16-17:
1 | let get_z p = p.z
                    ^
Error: Unbound record field z
|}]

let f = function { xx = 0; _ } -> true | _ -> false
[%%expect{|
Line 1, characters 19-21:
1 | let f = function { xx = 0; _ } -> true | _ -> false
                       ^^
Error: Unbound record field xx
|}]

(* `x <- e` outside an object: x is no instance variable. *)
let count () =
  let n = ref 0 in
  n <- !n + 1;
  !n
[%%expect{|
Line 3, characters 2-13:
3 |   n <- !n + 1;
      ^^^^^^^^^^^
Error: The value n is not an instance variable
|}]

let reset () = visits <- 0
[%%expect{|
Line 1, characters 15-26:
1 | let reset () = visits <- 0
                   ^^^^^^^^^^^
Error: Unbound instance variable visits
|}]
