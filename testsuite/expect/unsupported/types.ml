(* Features of the type system outside the subset. *)

let f (x : [ `A | `B ]) = x
[%%expect{|
Line 1, characters 11-22:
1 | let f (x : [ `A | `B ]) = x
               ^^^^^^^^^^^
Error: Polymorphic variant types are not supported by mlhint
|}]

type t = A : int -> t
[%%expect{|
Line 1, characters 11-21:
1 | type t = A : int -> t
               ^^^^^^^^^^
Error: Generalized algebraic data types are not supported by mlhint
|}]

(* The name defined is polymorphic in its own definition (Typecore's Tpoly
   pattern). *)
let rec depth : type a. a list -> int = fun l -> match l with [] -> 0 | _ :: t -> 1 + depth t
[%%expect{|
Line 1, characters 0-93:
1 | let rec depth : type a. a list -> int = fun l -> match l with [] -> 0 | _ :: t -> 1 + depth t
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Explicitly polymorphic recursive definitions are not supported by mlhint
|}]

(* An expansive definition is less general than its annotation (OCaml:
   "This definition has type ... which is less general than ..."). *)
let cell : type a. a option ref = ref None
[%%expect{|
Line 1, characters 0-42:
1 | let cell : type a. a option ref = ref None
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Explicitly polymorphic definitions less general than their type are not supported by mlhint
|}]

let id : 'a. 'a -> 'a = fun x -> x
[%%expect{|
Line 1, characters 7-21:
1 | let id : 'a. 'a -> 'a = fun x -> x
           ^^^^^^^^^^^^^^
Error: Polymorphic type annotations are not supported by mlhint
|}]

type r = { f : 'a. 'a -> 'a }
[%%expect{|
Line 1, characters 15-27:
1 | type r = { f : 'a. 'a -> 'a }
                   ^^^^^^^^^^^^
Error: Polymorphic record fields are not supported by mlhint
|}]

type e = ..
[%%expect{|
Line 1, characters 0-11:
1 | type e = ..
    ^^^^^^^^^^^
Error: Extensible variant types are not supported by mlhint
|}]

type p = private int
[%%expect{|
Line 1, characters 9-16:
1 | type p = private int
             ^^^^^^^
Error: Private types are not supported by mlhint
|}]

let c = (1 :> int)
[%%expect{|
Line 1, characters 11-17:
1 | let c = (1 :> int)
               ^^^^^^
Error: Coercions are not supported by mlhint
|}]
