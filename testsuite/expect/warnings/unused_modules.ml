(* TEST
   flags: -w +60
*)

(* Warning 60 (off by default): a module bound by `let module`, or a
   functor's parameter, that nothing names. Each is a delayed check,
   registered as the module is bound: a parameter's before the functor
   body's, a local module's before the body of its `let`. A module named
   by a functor's application is used. *)

let x = let module M = struct end in 1
[%%expect{|
Line 1, characters 19-20:
1 | let x = let module M = struct end in 1
                       ^
Warning 60 [unused-module]: unused module M.
val x : int
|}]

let u = let module G (Y : sig end) = struct end in let module H = G (struct end) in 4
[%%expect{|
Line 1, characters 22-23:
1 | let u = let module G (Y : sig end) = struct end in let module H = G (struct end) in 4
                          ^
Warning 60 [unused-module]: unused module Y.
Line 1, characters 62-63:
1 | let u = let module G (Y : sig end) = struct end in let module H = G (struct end) in 4
                                                                  ^
Warning 60 [unused-module]: unused module H.
val u : int
|}]

let v = let module K = struct type t = int end in (1 : K.t)
[%%expect{|
val v : int
|}]
