(* The attributes OCaml interprets on a type declaration: [@@unboxed] (a
   type of one constructor with one argument, or of one immutable field, is
   represented as that argument), [@@boxed], and [@@immediate] (every value
   is an int-like immediate), with the errors of Typedecl and Includecore,
   recorded with OCaml 4.13.1's expect tool. *)

type t1 = A of string [@@unboxed]
type t2 = { f : string } [@@ocaml.unboxed]
type 'a t3 = W of 'a [@@unboxed]
type t4 = B of t4 [@@unboxed]
type t5 = C of int * string [@@boxed]
[%%expect{|
type t1 = A of string [@@unboxed]
type t2 = { f : string; } [@@unboxed]
type 'a t3 = W of 'a [@@unboxed]
type t4 = B of t4 [@@unboxed]
type t5 = C of int * string
|}]

let x = A "a" and y = { f = "b" } and z = W 3
let g (A s) = s
let h { f } = f
[%%expect{|
val x : t1 = A "a"
val y : t2 = {f = "b"}
val z : int t3 = W 3
val g : t1 -> string = <fun>
val h : t2 -> string = <fun>
|}]

(* On another item than a type, OCaml 4.13 ignores it. *)
let one = 1 [@@unboxed]
[%%expect{|
val one : int = 1
|}]

type t = A of string [@@unboxed] [@@boxed]
[%%expect{|
Line 1, characters 0-42:
1 | type t = A of string [@@unboxed] [@@boxed]
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: A type cannot be boxed and unboxed at the same time.
|}]

type t [@@unboxed]
[%%expect{|
Line 1, characters 0-18:
1 | type t [@@unboxed]
    ^^^^^^^^^^^^^^^^^^
Error: This type cannot be unboxed because it is abstract.
|}]

type t = int [@@unboxed]
[%%expect{|
Line 1, characters 0-24:
1 | type t = int [@@unboxed]
    ^^^^^^^^^^^^^^^^^^^^^^^^
Error: This type cannot be unboxed because it is abstract.
|}]

type t = E | F of int [@@unboxed]
[%%expect{|
Line 1, characters 0-33:
1 | type t = E | F of int [@@unboxed]
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This type cannot be unboxed because it has more than one constructor.
|}]

type t = G [@@unboxed]
[%%expect{|
Line 1, characters 0-22:
1 | type t = G [@@unboxed]
    ^^^^^^^^^^^^^^^^^^^^^^
Error: This type cannot be unboxed because its constructor has no argument.
|}]

type t = H of int * string [@@unboxed]
[%%expect{|
Line 1, characters 0-38:
1 | type t = H of int * string [@@unboxed]
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This type cannot be unboxed because
       its constructor has more than one argument.
|}]

type t = { mutable m : int } [@@unboxed]
[%%expect{|
Line 1, characters 0-40:
1 | type t = { mutable m : int } [@@unboxed]
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This type cannot be unboxed because it is mutable.
|}]

type t = { a : int; b : int } [@@unboxed]
[%%expect{|
Line 1, characters 0-41:
1 | type t = { a : int; b : int } [@@unboxed]
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This type cannot be unboxed because it has more than one field.
|}]

(* The second declaration of a group: its span begins at `and`. *)
type ok = Ok of int
and bad = X | Y [@@unboxed]
[%%expect{|
Line 2, characters 0-27:
2 | and bad = X | Y [@@unboxed]
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This type cannot be unboxed because it has more than one constructor.
|}]

(* An unboxed constructor is its argument: `let rec` cannot hide behind it. *)
let rec x = B x
[%%expect{|
Line 1, characters 12-15:
1 | let rec x = B x
                ^^^
Error: This kind of expression is not allowed as right-hand side of `let rec'
|}]

type lazy_b = L of (unit -> lazy_b) [@@unboxed]
let rec l = L (fun () -> l)
[%%expect{|
type lazy_b = L of (unit -> lazy_b) [@@unboxed]
val l : lazy_b = L <fun>
|}]

(* A type that re-exports another has its representation. *)
type mono = { foo : int }
type unboxed = mono = { foo : int } [@@unboxed]
[%%expect{|
type mono = { foo : int; }
Line 2, characters 0-47:
2 | type unboxed = mono = { foo : int } [@@unboxed]
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type mono
       Their internal representations differ:
       this definition uses unboxed representation.
|}]

type boxed = t1 = A of string
[%%expect{|
Line 1, characters 0-29:
1 | type boxed = t1 = A of string
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type t1
       Their internal representations differ:
       the original definition uses unboxed representation.
|}]

type same = t1 = A of string [@@unboxed]
[%%expect{|
type same = t1 = A of string [@@unboxed]
|}]

(* [@@immediate]: constant constructors, int and char, abbreviations of
   them, unboxed types of them (through the parameters they are given),
   and abstract types that say so. *)
type colour = Red | Green [@@immediate]
type i = int [@@immediate]
type c = char [@@ocaml.immediate]
type b = bool [@@immediate]
type u = unit [@@immediate]
type wrapped = Wrap of int [@@unboxed] [@@immediate]
type through = Through of int t3 [@@unboxed] [@@immediate]
type abs [@@immediate]
type abs64 [@@immediate64]
type of_abs = abs [@@immediate]
type of_abs64 = abs64 [@@immediate64]
[%%expect{|
type colour = Red | Green [@@immediate]
type i = int [@@immediate]
type c = char [@@immediate]
type b = bool [@@immediate]
type u = unit [@@immediate]
type wrapped = Wrap of int [@@immediate] [@@unboxed]
type through = Through of int t3 [@@immediate] [@@unboxed]
type abs [@@immediate]
type abs64 [@@immediate64]
type of_abs = abs [@@immediate]
type of_abs64 = abs64 [@@immediate64]
|}]

(* A recursive group reaches its fixpoint. *)
type a = A of b [@@unboxed] [@@immediate]
and b = P | Q
[%%expect{|
type a = A of b [@@immediate] [@@unboxed]
and b = P | Q
|}]

type s = string [@@immediate]
[%%expect{|
Line 1, characters 0-29:
1 | type s = string [@@immediate]
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Types marked with the immediate attribute must be non-pointer types
       like int or bool.
|}]

type r = { x : int } [@@immediate]
[%%expect{|
Line 1, characters 0-34:
1 | type r = { x : int } [@@immediate]
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Types marked with the immediate attribute must be non-pointer types
       like int or bool.
|}]

type o = int option [@@immediate]
[%%expect{|
Line 1, characters 0-33:
1 | type o = int option [@@immediate]
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Types marked with the immediate attribute must be non-pointer types
       like int or bool.
|}]

type 'a param = 'a t3 [@@immediate]
[%%expect{|
Line 1, characters 0-35:
1 | type 'a param = 'a t3 [@@immediate]
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Types marked with the immediate attribute must be non-pointer types
       like int or bool.
|}]

type s64 = string [@@immediate64]
[%%expect{|
Line 1, characters 0-33:
1 | type s64 = string [@@immediate64]
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Types marked with the immediate64 attribute must be produced using the
       Stdlib.Sys.Immediate64.Make functor.
|}]

(* An abstract type of a signature keeps what it says. *)
module M : sig type t [@@immediate] val x : t ref end = struct
  type t = A | B
  let x = ref A
end
[%%expect{|
module M : sig type t [@@immediate] val x : t ref end
|}]

type from_m = M.t [@@immediate]
[%%expect{|
type from_m = M.t [@@immediate]
|}]

module type S = sig type t [@@immediate] type u = U of int [@@unboxed] end
[%%expect{|
module type S = sig type t [@@immediate] type u = U of int [@@unboxed] end
|}]
