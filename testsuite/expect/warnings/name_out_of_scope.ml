(* TEST
   flags: -w +40
*)
(* Warning 40: a constructor found through the expected type only, and not
   visible by its name in the current scope. *)
let e : (int, string) Either.t = Left 1
[%%expect{|
Line 1, characters 33-37:
1 | let e : (int, string) Either.t = Left 1
                                     ^^^^
Warning 40 [name-out-of-scope]: Left was selected from type Either.t.
It is not visible in the current scope, and will not
be selected if the type becomes unknown.
val e : (int, string) Either.t
|}]
