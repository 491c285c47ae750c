(* Records: construction, access, update, mutation, and their errors. *)

type point = { x : int; y : int }
type account = { owner : string; mutable balance : float }
let origin = { x = 0; y = 0 }
let shifted = { origin with x = 1 }
let norm p = abs p.x + abs p.y
let deposit a amount = a.balance <- a.balance +. amount
let owner_of { owner; _ } = owner
[%%expect{|
type point = { x : int; y : int; }
type account = { owner : string; mutable balance : float; }
val origin : point
val shifted : point
val norm : point -> int
val deposit : account -> float -> unit
val owner_of : account -> string
|}]

(* A field missing from a record expression. *)
let p = { x = 1 }
[%%expect{|
Line 1, characters 8-17:
1 | let p = { x = 1 }
            ^^^^^^^^^
Error: Some record fields are undefined: y
|}]

let a = { balance = 0. }
[%%expect{|
Line 1, characters 8-24:
1 | let a = { balance = 0. }
            ^^^^^^^^^^^^^^^^
Error: Some record fields are undefined: owner
|}]

(* A field given twice. *)
let p = { x = 1; x = 2; y = 3 }
[%%expect{|
Line 1, characters 8-31:
1 | let p = { x = 1; x = 2; y = 3 }
            ^^^^^^^^^^^^^^^^^^^^^^^
Error: The record field label x is defined several times
|}]

(* Fields of two different record types in one record. *)
let bad = { x = 1; owner = "me" }
[%%expect{|
Line 1, characters 19-24:
1 | let bad = { x = 1; owner = "me" }
                       ^^^^^
Error: The record field owner belongs to the type account
       but is mixed here with fields of type point
Line 1, characters 10-33:
1 | let bad = { x = 1; owner = "me" }
              ^^^^^^^^^^^^^^^^^^^^^^^
  Hint: `{ x = 1; owner = "me" }' is likely the mistake.
|}]

let f = function { x = 0; owner = _ } -> true | _ -> false
[%%expect{|
Line 1, characters 26-31:
1 | let f = function { x = 0; owner = _ } -> true | _ -> false
                              ^^^^^
Error: The record field owner belongs to the type account
       but is mixed here with fields of type point
|}]

(* A field of the wrong type. *)
let p = { x = 1; y = "two" }
[%%expect{|
Line 1, characters 21-26:
1 | let p = { x = 1; y = "two" }
                         ^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

let () = origin.x <- 3
[%%expect{|
Line 1, characters 9-22:
1 | let () = origin.x <- 3
             ^^^^^^^^^^^^^
Error: The record field x is not mutable
|}]

(* An access on a value that is not a record of that field. *)
let f (a : account) = a.x
[%%expect{|
Line 1, characters 24-25:
1 | let f (a : account) = a.x
                            ^
Error: This expression has type account
       There is no field x within type account
|}]

let n = 3
let f = n.x
[%%expect{|
val n : int
Line 2, characters 8-9:
2 | let f = n.x
            ^
Error: This expression has type int but an expression was expected of type
         point
|}]

(* With an expected type, a field of another type is not found there. *)
let p : point = { owner = "me"; balance = 1. }
[%%expect{|
Line 1, characters 18-23:
1 | let p : point = { owner = "me"; balance = 1. }
                      ^^^^^
Error: This record expression is expected to have type point
       There is no field owner within type point
|}]

(* A field declared twice in one type. *)
type dup = { name : string; name : int }
[%%expect{|
Line 1, characters 28-32:
1 | type dup = { name : string; name : int }
                                ^^^^
Error: Two labels are named name
|}]

(* The last type defined with a field wins when nothing else is known. *)
type a = { label : int }
type b = { label : string }
let get r = r.label
let v = get { label = 1 }
[%%expect{|
type a = { label : int; }
type b = { label : string; }
val get : b -> string
Line 4, characters 22-23:
4 | let v = get { label = 1 }
                          ^
Error: This expression has type int but an expression was expected of type
         string
|}]

(* A polymorphic record. *)
type 'a box = { contents : 'a; count : int }
let box v = { contents = v; count = 1 }
let boxes = (box 1, box "one")
[%%expect{|
type 'a box = { contents : 'a; count : int; }
val box : 'a -> 'a box
val boxes : int box * string box
|}]
