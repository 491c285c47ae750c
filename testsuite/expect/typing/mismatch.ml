(* An expression whose type is not the one its context expects. OCaml says
   why the type was expected when the context is a condition, and shows the
   part of the types that differs. *)

let x = 1 + "two"
[%%expect{|
Line 1, characters 12-17:
1 | let x = 1 + "two"
                ^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

let s = "total: " ^ 42
[%%expect{|
Line 1, characters 20-22:
1 | let s = "total: " ^ 42
                        ^^
Error: This expression has type int but an expression was expected of type
         string
|}]

let b = if 1 then "yes" else "no"
[%%expect{|
Line 1, characters 11-12:
1 | let b = if 1 then "yes" else "no"
               ^
Error: This expression has type int but an expression was expected of type
         bool
       because it is in the condition of an if-statement
|}]

(* The branches of an if, the arms of a match, the elements of a list must
   agree with the first one. *)
let v = if true then 1 else "one"
[%%expect{|
Line 1, characters 28-33:
1 | let v = if true then 1 else "one"
                                ^^^^^
Error: This expression has type string but an expression was expected of type
         int
Line 1, characters 21-22:
1 | let v = if true then 1 else "one"
                         ^
  Hint: `1' is likely the mistake: it has type int but the context needs string.
|}]

let name = function 0 -> "zero" | 1 -> 'o' | _ -> "many"
[%%expect{|
Line 1, characters 39-42:
1 | let name = function 0 -> "zero" | 1 -> 'o' | _ -> "many"
                                           ^^^
Error: This expression has type char but an expression was expected of type
         string
|}]

let l = [1; 2; 3.0]
[%%expect{|
Line 1, characters 15-18:
1 | let l = [1; 2; 3.0]
                   ^^^
Error: This expression has type float but an expression was expected of type
         int
|}]

(* An if without else has type unit. *)
let f x = if x > 0 then x
[%%expect{|
Line 1, characters 24-25:
1 | let f x = if x > 0 then x
                            ^
Error: This expression has type int but an expression was expected of type
         unit
       because it is in the result of a conditional with no else branch
Line 1, characters 10-25:
1 | let f x = if x > 0 then x
              ^^^^^^^^^^^^^^^
  Hint: `if x > 0 then x' is likely the mistake: without an `else' branch, its `then' branch must have type unit, and it has type int.
|}]

(* Conditions: if, while, assert, when. *)
let f l = while List.length l do () done
[%%expect{|
Line 1, characters 16-29:
1 | let f l = while List.length l do () done
                    ^^^^^^^^^^^^^
Error: This expression has type int but an expression was expected of type
         bool
       because it is in the condition of a while-loop
|}]

let f l = assert (List.length l)
[%%expect{|
Line 1, characters 17-32:
1 | let f l = assert (List.length l)
                     ^^^^^^^^^^^^^^^
Error: This expression has type int but an expression was expected of type
         bool
       because it is in the condition of an assertion
|}]

let f x = match x with n when n + 1 -> n | _ -> 0
[%%expect{|
Line 1, characters 30-35:
1 | let f x = match x with n when n + 1 -> n | _ -> 0
                                  ^^^^^
Error: This expression has type int but an expression was expected of type
         bool
       because it is in a when-guard
|}]

(* Annotations. *)
let n : int = "one"
[%%expect{|
Line 1, characters 14-19:
1 | let n : int = "one"
                  ^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

let f (x : int) : string = x
[%%expect{|
Line 1, characters 27-28:
1 | let f (x : int) : string = x
                               ^
Error: This expression has type int but an expression was expected of type
         string
Line 1, characters 27-28:
1 | let f (x : int) : string = x
                               ^
  Hint: Did you mean `string_of_int x'?
|}]

(* The error shows the part of the types that differs. *)
let l : string list = [1; 2]
[%%expect{|
Line 1, characters 23-24:
1 | let l : string list = [1; 2]
                           ^
Error: This expression has type int but an expression was expected of type
         string
|}]

let p : int * string = (1, 2)
[%%expect{|
Line 1, characters 27-28:
1 | let p : int * string = (1, 2)
                               ^
Error: This expression has type int but an expression was expected of type
         string
|}]

let f : int -> int = fun x -> string_of_int x
[%%expect{|
Line 1, characters 30-45:
1 | let f : int -> int = fun x -> string_of_int x
                                  ^^^^^^^^^^^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

let t : int * int = (1, 2, 3)
[%%expect{|
Line 1, characters 20-29:
1 | let t : int * int = (1, 2, 3)
                        ^^^^^^^^^
Error: This expression has type 'a * 'b * 'c
       but an expression was expected of type int * int
|}]

(* A clash inside a function type. *)
let apply (f : int -> string) = f 1
let r = apply (fun x -> x + 1)
[%%expect{|
val apply : (int -> string) -> string
Line 2, characters 24-29:
2 | let r = apply (fun x -> x + 1)
                            ^^^^^
Error: This expression has type int but an expression was expected of type
         string
Line 2, characters 24-29:
2 | let r = apply (fun x -> x + 1)
                            ^^^^^
  Hint: Did you mean `string_of_int (x + 1)'?
|}]

(* Type abbreviations are shown as written, with what they expand to. *)
type id = int
let k : id = "key"
[%%expect{|
type id = int
Line 2, characters 13-18:
2 | let k : id = "key"
                 ^^^^^
Error: This expression has type string but an expression was expected of type
         id = int
|}]

(* A type that contains itself. *)
let rec f x = f
[%%expect{|
Line 1, characters 14-15:
1 | let rec f x = f
                  ^
Error: This expression has type 'a -> 'b
       but an expression was expected of type 'b
       The type variable 'a occurs inside 'a -> 'b
|}]

let self x = x x
[%%expect{|
Line 1, characters 15-16:
1 | let self x = x x
                   ^
Error: This expression has type 'a -> 'b
       but an expression was expected of type 'a
       The type variable 'a occurs inside 'a -> 'b
|}]

(* A long type is broken across lines as OCaml breaks it. *)
let f (x : (int * string * float) list -> (bool * char) option) = x
let g = f (fun l -> List.length l)
[%%expect{|
val f :
  ((int * string * float) list -> (bool * char) option) ->
  (int * string * float) list -> (bool * char) option
Line 2, characters 20-33:
2 | let g = f (fun l -> List.length l)
                        ^^^^^^^^^^^^^
Error: This expression has type int but an expression was expected of type
         (bool * char) option
|}]

(* When the clash is deep inside the types, OCaml names the parts that
   differ. *)
let ints = [1; 2]
let count (l : string list) = List.length l
let n = count ints
[%%expect{|
val ints : int list
val count : string list -> int
Line 3, characters 14-18:
3 | let n = count ints
                  ^^^^
Error: This expression has type int list
       but an expression was expected of type string list
       Type int is not compatible with type string
|}]

(* End-of-line spaces in OCaml's messages are dropped from the expected
   output, as OCaml's expect tool does. *)
let f = function (Some (x : int), _) | (_, Some (x : string)) -> 0 | _ -> 1
[%%expect{|
Line 1, characters 17-61:
1 | let f = function (Some (x : int), _) | (_, Some (x : string)) -> 0 | _ -> 1
                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: The variable x on the left-hand side of this or-pattern has type
       int but on the right-hand side it has type string
|}]

type 'a box = { contents : 'a; count : int }
let box v = { contents = v; count = 1 }
let boxes = [box 1; box "one"]
[%%expect{|
type 'a box = { contents : 'a; count : int; }
val box : 'a -> 'a box
Line 3, characters 20-29:
3 | let boxes = [box 1; box "one"]
                        ^^^^^^^^^
Error: This expression has type string box
       but an expression was expected of type int box
       Type string is not compatible with type int
Line 3, characters 24-29:
3 | let boxes = [box 1; box "one"]
                            ^^^^^
  Hint: `"one"' is likely the mistake: it has type string but the context needs int.
|}]

(* After an error whose hints were tried, later items are checked as if it
   had not been there: y is used, so no warning 26. *)
let x = 1 + "a"
[%%expect{|
Line 1, characters 12-15:
1 | let x = 1 + "a"
                ^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

let g = let y = 1 in y
[%%expect{|
val g : int
|}]
