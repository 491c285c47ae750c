(* TEST
   * expect
*)

(* A module matched against a signature whose value has lost one of its
   alerts (Builtin_attributes.check_alerts_inclusion): said at the module,
   with where the value is defined and where the signature declares it,
   quoted from the phrases that hold them. *)

[@@@ocaml.alert "@all--foo-bar"];;

module X : sig
  val x : int [@@alert foo "Foo!"]
  val y : int [@@alert bar "Bar!"]
  val z : int [@@alert baz "Baz!"]
end = struct
  let x, y, z = 0, 0, 0
end
[%%expect{|
module X : sig val x : int val y : int val z : int end
|}]

module Z : sig
  val x : int
  val y : int
  val z : int
end = X;;
[%%expect{|
Line 5, characters 6-7:
5 | end = X;;
          ^
Alert foo: x
Foo!
Line 4, characters 2-34:
4 |   val x : int [@@alert foo "Foo!"]
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  Definition
Line 2, characters 2-13:
2 |   val x : int
      ^^^^^^^^^^^
  Expected signature
Line 5, characters 6-7:
5 | end = X;;
          ^
Error (alert baz): z
Baz!
Line 6, characters 2-34:
6 |   val z : int [@@alert baz "Baz!"]
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  Definition
Line 4, characters 2-13:
4 |   val z : int
      ^^^^^^^^^^^
  Expected signature
|}]

module type S = sig
  val x : int
end
[%%expect{|
module type S = sig val x : int end
|}]

(* Both in earlier phrases. *)
module W : S = X;;
[%%expect{|
Line 1, characters 15-16:
1 | module W : S = X;;
                   ^
Alert foo: x
Foo!
Line 4, characters 2-34:
4 |   val x : int [@@alert foo "Foo!"]
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  Definition
Line 2, characters 2-13:
2 |   val x : int
      ^^^^^^^^^^^
  Expected signature
module W : S
|}]

module K : S = struct
  let x = 1
end

module V : S = K
[%%expect{|
module K : S
module V : S
|}]

module L = struct
  let x = 1 [@@alert foo "no alert: after a let"]
end
module U : S = L
[%%expect{|
module L : sig val x : int end
module U : S
|}]
