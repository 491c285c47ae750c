(* Locally abstract types: `fun (type t) -> e`, a parameter `(type t)` of
   a definition, and `let f : type a b. T = e` (Typecore's Pexp_newtype:
   the body is typed with t abstract, then t becomes a type variable). *)

let id (type t) (x : t) : t = x
[%%expect{|
val id : 't -> 't = <fun>
|}]

let pair = fun (type a b) (x : a) (y : b) -> (x, y)
[%%expect{|
val pair : 'a -> 'b -> 'a * 'b = <fun>
|}]

let with_later x (type u) (y : u) = (x, [y])
[%%expect{|
val with_later : 'a -> 'u -> 'a * 'u list = <fun>
|}]

let fix : type a b . ((a -> b) -> (a -> b)) -> (a -> b) =
  fun f -> let rec fix_f x = f fix_f x in fix_f
[%%expect{|
val fix : (('a -> 'b) -> 'a -> 'b) -> 'a -> 'b = <fun>
|}]

let count (type k) (l : k list) : (k, int) Hashtbl.t =
  let h = Hashtbl.create 16 in
  List.iter (fun x -> Hashtbl.replace h x (1 + try Hashtbl.find h x with Not_found -> 0)) l;
  h
[%%expect{|
val count : 'k list -> ('k, int) Hashtbl.t = <fun>
|}]

(* A named type variable is not the abstract type of the same name. *)
let both (type a) (x : a) (y : 'a) = (x, y)
[%%expect{|
val both : 'a -> 'a0 -> 'a * 'a0 = <fun>
|}]

(* In the body, the type is abstract: it is none of the types it will
   stand for. *)
let plus_one (type a) (x : a) = x + 1
[%%expect{|
Line 1, characters 32-33:
1 | let plus_one (type a) (x : a) = x + 1
                                    ^
Error: This expression has type a but an expression was expected of type int
|}]

let test (type t) (x : t) = if x then 1 else 2
[%%expect{|
Line 1, characters 31-32:
1 | let test (type t) (x : t) = if x then 1 else 2
                                   ^
Error: This expression has type t but an expression was expected of type
       bool because it is in the condition of an if-statement
|}]

let wrap : type a. a -> a list = fun x -> x
[%%expect{|
Line 1, characters 42-43:
1 | let wrap : type a. a -> a list = fun x -> x
                                              ^
Error: This expression has type a but an expression was expected of type
         a list
|}]

let head : type a. a list -> a = fun l -> List.hd l
[%%expect{|
val head : 'a list -> 'a = <fun>
|}]

(* Nested, and used inside a local definition. *)
let nested (type a) (type b) (f : a -> b) (l : a list) : b list =
  let rec go = function [] -> [] | x :: rest -> f x :: go rest in
  go l
[%%expect{|
val nested : ('a -> 'b) -> 'a list -> 'b list = <fun>
|}]
