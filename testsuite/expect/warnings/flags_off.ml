(* TEST
   flags: -w -8-11
*)

(* Warnings turned off print nothing. *)

let name = function 0 -> "zero"
[%%expect{|
val name : int -> string
|}]

let f = function _ -> 0 | 1 -> 1
[%%expect{|
val f : int -> int
|}]

(* The others stay on. *)
let g () = let unused = 1 in 2
[%%expect{|
Line 1, characters 15-21:
1 | let g () = let unused = 1 in 2
                   ^^^^^^
Warning 26 [unused-var]: unused variable unused.
val g : unit -> int
|}]
