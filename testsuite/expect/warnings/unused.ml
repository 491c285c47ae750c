(* TEST
   flags: -w +27+35+39
*)

(* Unused names: warning 26 for a let-bound variable (on by default), 27
   for a parameter or a pattern variable, 35 for a for-loop index, 39 for a
   useless rec (those three are off by default and turned on above). A name
   starting with _ is never reported. *)

let f () = let x = 1 in 2
[%%expect{|
Line 1, characters 15-16:
1 | let f () = let x = 1 in 2
                   ^
Warning 26 [unused-var]: unused variable x.
val f : unit -> int
|}]

let f () = let (a, b) = (1, 2) in a
[%%expect{|
Line 1, characters 19-20:
1 | let f () = let (a, b) = (1, 2) in a
                       ^
Warning 27 [unused-var-strict]: unused variable b.
val f : unit -> int
|}]

let f () = let helper y = y + 1 in 0
[%%expect{|
Line 1, characters 15-21:
1 | let f () = let helper y = y + 1 in 0
                   ^^^^^^
Warning 26 [unused-var]: unused variable helper.
val f : unit -> int
|}]

let f () = let rec loop n = loop (n - 1) in 0
[%%expect{|
Line 1, characters 19-23:
1 | let f () = let rec loop n = loop (n - 1) in 0
                       ^^^^
Warning 26 [unused-var]: unused variable loop.
val f : unit -> int
|}]

let f () = let _unused = 1 in let _ = 2 in 3
[%%expect{|
val f : unit -> int
|}]

(* Alias variables are let-bound: warning 26. *)
let f l = match l with (x :: _ as whole) -> x | [] -> 0
[%%expect{|
Line 1, characters 23-40:
1 | let f l = match l with (x :: _ as whole) -> x | [] -> 0
                           ^^^^^^^^^^^^^^^^^
Warning 26 [unused-var]: unused variable whole.
val f : int list -> int
|}]

(* Parameters and match variables: warning 27. *)
let const x y = x
[%%expect{|
Line 1, characters 12-13:
1 | let const x y = x
                ^
Warning 27 [unused-var-strict]: unused variable y.
val const : 'a -> 'b -> 'a
|}]

let first = function Some v -> 1 | None -> 0
[%%expect{|
Line 1, characters 26-27:
1 | let first = function Some v -> 1 | None -> 0
                              ^
Warning 27 [unused-var-strict]: unused variable v.
val first : 'a option -> int
|}]

let f = fun (a, b) -> a
[%%expect{|
Line 1, characters 16-17:
1 | let f = fun (a, b) -> a
                    ^
Warning 27 [unused-var-strict]: unused variable b.
val f : 'a * 'b -> 'a
|}]

(* Warning 35. *)
let repeat f n = for i = 1 to n do f () done
[%%expect{|
Line 1, characters 17-44:
1 | let repeat f n = for i = 1 to n do f () done
                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 35 [unused-for-index]: unused for-loop index i.
val repeat : (unit -> 'a) -> int -> unit
|}]

let repeat f n = for _i = 1 to n do f () done
[%%expect{|
val repeat : (unit -> 'a) -> int -> unit
|}]

(* Warning 39: a rec that no binding uses. *)
let rec double x = 2 * x
[%%expect{|
Line 1, characters 8-14:
1 | let rec double x = 2 * x
            ^^^^^^
Warning 39 [unused-rec-flag]: unused rec flag.
val double : int -> int
|}]

let rec a x = x + 1 and b x = a x
[%%expect{|
val a : int -> int
val b : int -> int
|}]

let f () = let rec g x = x in g 1
[%%expect{|
Line 1, characters 19-20:
1 | let f () = let rec g x = x in g 1
                       ^
Warning 39 [unused-rec-flag]: unused rec flag.
val f : unit -> int
|}]

(* Top-level values are never reported by the toplevel: they are part of
   the environment. *)
let unused_top = 3
[%%expect{|
val unused_top : int
|}]
