(* TEST
   flags: -w +41+42
*)

(* Type-directed disambiguation of fields and constructors, and warnings
   41 and 42 (off by default, turned on above). *)

type light = Red | Amber | Green
type suit = Hearts | Red
[%%expect{|
type light = Red | Amber | Green
type suit = Hearts | Red
|}]

(* Without a known type, the last defined constructor wins. *)
let c = Red
[%%expect{|
Line 1, characters 8-11:
1 | let c = Red
            ^^^
Warning 41 [ambiguous-name]: Red belongs to several types: suit light
The first one was selected. Please disambiguate if this is wrong.
val c : suit
|}]

(* With one, the constructor of that type is chosen: warning 42. *)
let stop : light = Red
[%%expect{|
Line 1, characters 19-22:
1 | let stop : light = Red
                       ^^^
Warning 42 [disambiguated-name]: this use of Red relies on type-directed disambiguation,
it will not compile with OCaml 4.00 or earlier.
val stop : light
|}]

let is_stop (l : light) = match l with Red -> true | _ -> false
[%%expect{|
Line 1, characters 39-42:
1 | let is_stop (l : light) = match l with Red -> true | _ -> false
                                           ^^^
Warning 42 [disambiguated-name]: this use of Red relies on type-directed disambiguation,
it will not compile with OCaml 4.00 or earlier.
val is_stop : light -> bool
|}]

(* Warning 41: a field that belongs to several types, none of them known. *)
type a = { x : int; y : int }
type b = { x : int; y : int }
let f r = r.x
[%%expect{|
type a = { x : int; y : int; }
type b = { x : int; y : int; }
Line 3, characters 12-13:
3 | let f r = r.x
                ^
Warning 41 [ambiguous-name]: x belongs to several types: b a
The first one was selected. Please disambiguate if this is wrong.
val f : b -> int
|}]

let g (r : a) = r.x
[%%expect{|
Line 1, characters 18-19:
1 | let g (r : a) = r.x
                      ^
Warning 42 [disambiguated-name]: this use of x relies on type-directed disambiguation,
it will not compile with OCaml 4.00 or earlier.
val g : a -> int
|}]
