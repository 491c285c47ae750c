(* TEST
   * expect
*)

(* `[@alert]` with a payload OCaml does not read: warning 47
   (Builtin_attributes.warning_attribute), where the scope is entered. *)

module X : sig
  val x : int [@@alert 42]
  val y : int [@@alert bla 42]
  val z : int [@@alert "bla"]
end = struct
  let x, y, z = 0, 0, 0
end;;
[%%expect{|
Line 2, characters 14-26:
2 |   val x : int [@@alert 42]
                  ^^^^^^^^^^^^
Warning 47 [attribute-payload]: illegal payload for attribute 'alert'.
Invalid payload
Line 3, characters 14-30:
3 |   val y : int [@@alert bla 42]
                  ^^^^^^^^^^^^^^^^
Warning 47 [attribute-payload]: illegal payload for attribute 'alert'.
Invalid payload
Line 4, characters 14-29:
4 |   val z : int [@@alert "bla"]
                  ^^^^^^^^^^^^^^^
Warning 47 [attribute-payload]: illegal payload for attribute 'alert'.
Ill-formed list of alert settings
module X : sig val x : int val y : int val z : int end
|}]

[@@@ocaml.alert 43];;
[%%expect{|
Line 1, characters 0-19:
1 | [@@@ocaml.alert 43];;
    ^^^^^^^^^^^^^^^^^^^
Warning 47 [attribute-payload]: illegal payload for attribute 'ocaml.alert'.
Invalid payload
|}]

let v = (1 [@alert "+"]) + 1;;
[%%expect{|
Line 1, characters 11-23:
1 | let v = (1 [@alert "+"]) + 1;;
               ^^^^^^^^^^^^
Warning 47 [attribute-payload]: illegal payload for attribute 'alert'.
Ill-formed list of alert settings
val v : int = 2
|}]

(* Well-formed: an alert, and settings; nothing to say. *)
module Y : sig
  val a : int [@@alert foo]
  val b : int [@@alert foo "message"]
end = struct
  let a, b = 0, 0
end
let c = (Y.a [@alert "-foo"]);;
[%%expect{|
module Y : sig val a : int val b : int end
val c : int = 0
|}]
