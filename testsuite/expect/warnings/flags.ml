(* TEST
   flags: -w +A-4-9-40-41-42-44-45-70 -w -26
*)

(* -w as OCaml spells it: +A turns every warning on (here less a few), -26
   turns one off; the header may give several -w. *)

(* Warning 26 is off, 27 is on (through +A). *)
let g x = let y = 1 in 2
[%%expect{|
Line 1, characters 6-7:
1 | let g x = let y = 1 in 2
          ^
Warning 27 [unused-var-strict]: unused variable x.
val g : 'a -> int
|}]

(* Warning 32 (unused value) belongs to ocamlc: the toplevel never gives
   it, even with +A. *)
let x = 1
let x = 2
[%%expect{|
val x : int
val x : int
|}]
