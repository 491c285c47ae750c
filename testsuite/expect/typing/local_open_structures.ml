(* TEST
   * expect
*)

(* `let open` of a structure or of a functor's application: the module,
   unnamed, opened for the body (Typemod.type_open_decl). *)

let x = let open struct let y = 1 let z = 2 end in y + z
[%%expect{|
val x : int = 3
|}]

let f () = let open struct let r = ref 0 end in incr r; !r
[%%expect{|
val f : unit -> int = <fun>
|}]

let c = let open struct type t = A | B end in match A with A -> 1 | B -> 2
[%%expect{|
val c : int = 1
|}]

let n = let open Set.Make (Int) in cardinal (of_list [3; 1; 3])
[%%expect{|
val n : int = 2
|}]

(* Its names shadow the outer ones for the body only. *)
let y = "outer"
let s = let open struct let y = 1 end in y + 1
let t = y ^ "!"
[%%expect{|
val y : string = "outer"
val s : int = 2
val t : string = "outer!"
|}]

(* A structure is not expansive, a functor's application is. *)
let g = let open struct let id x = x end in id
let h = let open Set.Make (Int) in fun x -> x
[%%expect{|
val g : 'a -> 'a = <fun>
val h : '_weak1 -> '_weak1 = <fun>
|}]

(* Its types are named as the body sees them. *)
let e = let open struct type t = A end in (A : int)
[%%expect{|
Line 1, characters 43-44:
1 | let e = let open struct type t = A end in (A : int)
                                               ^
Error: This expression has type t but an expression was expected of type int
|}]

let e2 = let open struct let v = 1 end in v + "a"
[%%expect{|
Line 1, characters 46-49:
1 | let e2 = let open struct let v = 1 end in v + "a"
                                                  ^^^
Error: This expression has type string but an expression was expected of type
         int
|}]
