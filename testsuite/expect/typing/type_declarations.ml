(* Type declarations and their constructors: arity, repetition, cycles. *)

type shape = Circle of float | Rect of float * float | Empty
type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree
type ('k, 'v) assoc = ('k * 'v) list
type even = Zero | Succ_even of odd
and odd = Succ_odd of even
exception Invalid of string
exception Stop
[%%expect{|
type shape = Circle of float | Rect of float * float | Empty
type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree
type ('k, 'v) assoc = ('k * 'v) list
type even = Zero | Succ_even of odd
and odd = Succ_odd of even
exception Invalid of string
exception Stop
|}]

let area = function
  | Circle r -> 3.14 *. r *. r
  | Rect (w, h) -> w *. h
  | Empty -> 0.
let rec size = function Leaf -> 0 | Node (l, _, r) -> size l + 1 + size r
let lookup (k : 'k) (l : ('k, 'v) assoc) = List.assoc k l
[%%expect{|
val area : shape -> float
val size : 'a tree -> int
val lookup : 'k -> ('k, 'v) assoc -> 'v
|}]

(* A constructor given the wrong number of arguments. *)
let c = Circle (1., 2.)
[%%expect{|
Line 1, characters 15-23:
1 | let c = Circle (1., 2.)
                   ^^^^^^^^
Error: This expression has type 'a * 'b
       but an expression was expected of type float
|}]

let r = Rect 1.
[%%expect{|
Line 1, characters 8-15:
1 | let r = Rect 1.
            ^^^^^^^
Error: The constructor Rect expects 2 argument(s),
       but is applied here to 1 argument(s)
|}]

let e = Empty 0
[%%expect{|
Line 1, characters 8-15:
1 | let e = Empty 0
            ^^^^^^^
Error: The constructor Empty expects 0 argument(s),
       but is applied here to 1 argument(s)
|}]

let f = function Rect (w, h, d) -> w | _ -> 0.
[%%expect{|
Line 1, characters 17-31:
1 | let f = function Rect (w, h, d) -> w | _ -> 0.
                     ^^^^^^^^^^^^^^
Error: The constructor Rect expects 2 argument(s),
       but is applied here to 3 argument(s)
|}]

let x = raise (Invalid)
[%%expect{|
Line 1, characters 14-23:
1 | let x = raise (Invalid)
                  ^^^^^^^^^
Error: The constructor Invalid expects 1 argument(s),
       but is applied here to 0 argument(s)
|}]

(* A constructor with a tuple argument is not the same as one with several
   arguments. *)
let pair = (1., 2.)
let r = Rect pair
[%%expect{|
val pair : float * float
Line 2, characters 8-17:
2 | let r = Rect pair
            ^^^^^^^^^
Error: The constructor Rect expects 2 argument(s),
       but is applied here to 1 argument(s)
|}]

(* A type constructor given the wrong number of parameters. *)
let l : (int, string) list = []
[%%expect{|
Line 1, characters 8-26:
1 | let l : (int, string) list = []
            ^^^^^^^^^^^^^^^^^^
Error: The type constructor list expects 1 argument(s),
       but is here applied to 2 argument(s)
|}]

let t : tree = Leaf
[%%expect{|
Line 1, characters 8-12:
1 | let t : tree = Leaf
            ^^^^
Error: The type constructor tree expects 1 argument(s),
       but is here applied to 0 argument(s)
|}]

let s : int shape = Empty
[%%expect{|
Line 1, characters 8-17:
1 | let s : int shape = Empty
            ^^^^^^^^^
Error: The type constructor shape expects 0 argument(s),
       but is here applied to 1 argument(s)
|}]

type t = int option option list
type u = (int, int) option
[%%expect{|
type t = int option option list
Line 2, characters 9-26:
2 | type u = (int, int) option
             ^^^^^^^^^^^^^^^^^
Error: The type constructor option expects 1 argument(s),
       but is here applied to 2 argument(s)
|}]

(* A type defined twice in one declaration. *)
type s = A and s = B
[%%expect{|
Line 1, characters 11-20:
1 | type s = A and s = B
               ^^^^^^^^^
Error: Multiple definition of the type name s.
       Names must be unique in a given structure or signature.
|}]

(* A parameter written twice. *)
type ('a, 'a) pair = 'a * 'a
[%%expect{|
Line 1, characters 10-12:
1 | type ('a, 'a) pair = 'a * 'a
              ^^
Error: A type parameter occurs several times
|}]

(* Two constructors of one name in one type. *)
type dir = Up | Down | Up
[%%expect{|
Line 1, characters 0-25:
1 | type dir = Up | Down | Up
    ^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Two constructors are named Up
|}]

(* Abbreviations that expand to themselves. *)
type loop = loop
[%%expect{|
Line 1, characters 0-16:
1 | type loop = loop
    ^^^^^^^^^^^^^^^^
Error: The type abbreviation loop is cyclic
|}]

type a = b option and b = a
[%%expect{|
Line 1, characters 0-17:
1 | type a = b option and b = a
    ^^^^^^^^^^^^^^^^^
Error: The definition of a contains a cycle:
       b
|}]

(* A recursive variant is fine. *)
type nat = Z | S of nat
let rec to_int = function Z -> 0 | S n -> 1 + to_int n
[%%expect{|
type nat = Z | S of nat
val to_int : nat -> int
|}]

(* Type variables of a declaration must be its parameters. *)
type t = Leaf of 'a
[%%expect{|
Line 1, characters 17-19:
1 | type t = Leaf of 'a
                     ^^
Error: The type variable 'a is unbound in this type declaration.
|}]

type 'a t = Pair of 'a * 'b
[%%expect{|
Line 1, characters 25-27:
1 | type 'a t = Pair of 'a * 'b
                             ^^
Error: The type variable 'b is unbound in this type declaration.
|}]
