(* Let-polymorphism, the value restriction, and weak type variables. *)

let id x = x
let pair = (id 1, id "one")
let compose f g x = f (g x)
let twice f = compose f f
[%%expect{|
val id : 'a -> 'a
val pair : int * string
val compose : ('a -> 'b) -> ('c -> 'a) -> 'c -> 'b
val twice : ('a -> 'a) -> 'a -> 'a
|}]

(* A lambda-bound name is not polymorphic. *)
let f g = (g 1, g "one")
[%%expect{|
Line 1, characters 18-23:
1 | let f g = (g 1, g "one")
                      ^^^^^
Error: This expression has type string but an expression was expected of type
         int
Line 1, characters 13-14:
1 | let f g = (g 1, g "one")
                 ^
  Hint: `1' is likely the mistake: it has type int but the context needs string.
|}]

(* An application is not generalised: its type variables are weak, and the
   first use fixes them. *)
let r = ref []
[%%expect{|
val r : '_weak1 list ref
|}]

let () = r := [1]
let first = List.hd !r
[%%expect{|
val first : int
|}]

let () = r := ["one"]
[%%expect{|
Line 1, characters 15-20:
1 | let () = r := ["one"]
                   ^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

let map_id = List.map id
[%%expect{|
val map_id : '_weak2 list -> '_weak2 list
|}]

(* Eta-expansion restores polymorphism; so does OCaml's relaxed value
   restriction for a variable that appears only in covariant positions
   (List.rev []), but not under a ref. *)
let map_id' l = List.map id l
let empty = List.rev []
let none = ref None
[%%expect{|
val map_id' : 'a list -> 'a list
val empty : 'a list
val none : '_weak3 option ref
|}]

(* Annotations with type variables do not make a value polymorphic: 'a is
   just a name, and it can be int. *)
let f (x : 'a) : 'a = x + 1
[%%expect{|
val f : int -> int
|}]

(* Type variables print as 'a, 'b, ... in order of appearance. *)
let swap (a, b) = (b, a)
let apply3 f x y z = f x y z
let cons_all x = List.map (fun l -> x :: l)
[%%expect{|
val swap : 'a * 'b -> 'b * 'a
val apply3 : ('a -> 'b -> 'c -> 'd) -> 'a -> 'b -> 'c -> 'd
val cons_all : 'a -> 'a list list -> 'a list list
|}]
