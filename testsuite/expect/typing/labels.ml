(* Labelled and optional arguments: commuted, omitted, eliminated, and
   OCaml's errors for a label the function does not take. *)

let f ~x ?(y = 0) () = x + y
let a = f ~x:1 ()
let b = f () ~y:2 ~x:3
let c = f ~x:1
[%%expect{|
val f : x:int -> ?y:int -> unit -> int = <fun>
val a : int = 1
val b : int = 5
val c : ?y:int -> unit -> int = <fun>
|}]

let h = List.map ~f:succ
[%%expect{|
Line 1, characters 20-24:
1 | let h = List.map ~f:succ
                        ^^^^
Error: The function applied to this argument has type
         ('a -> 'b) -> 'a list -> 'b list
This argument cannot be applied with label ~f
|}]

let g ?(y = 1) () = y
let _ = g ~y:"a" ()
[%%expect{|
val g : ?y:int -> unit -> int = <fun>
Line 2, characters 13-16:
2 | let _ = g ~y:"a" ()
                 ^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

let k f = f ~x:1 ?y:None
[%%expect{|
val k : (x:int -> ?y:'a -> 'b) -> 'b = <fun>
|}]

let area ~width ~height = width * height
let _ = area ~hieght:2
[%%expect{|
val area : width:int -> height:int -> int = <fun>
Line 2, characters 21-22:
2 | let _ = area ~hieght:2
                         ^
Error: The function applied to this argument has type
         width:int -> height:int -> int
This argument cannot be applied with label ~hieght
|}]
