(* `[@alert]` with a payload OCaml does not read: warning 47 where its
   scope is entered, floating, on an expression, after a `val` of a
   signature (and once for a module type's, where it is defined). A
   settings string applies up to what is ill-formed. *)
[@@@alert 43]
module X : sig
  val x : int [@@alert 42]
  val y : int [@@alert bla 42]
  val z : int [@@ocaml.alert "bla"]
  val t : int [@@alert "-foo bar"]
  val u : int [@@alert Foo "x"]
end = struct
  let x, y, z, t, u = 0, 0, 0, 0, 0
end
module type S = sig val v : int [@@alert] end
module M : S = struct let v = 1 end
module N : S = struct let v = 1 end
let y = (2 [@alert 44])
let rec f n = if n = 0 then (0 [@alert "x y"]) else f (n - 1)
module F (A : sig val a : int end) = struct let b = (A.a [@alert 4]) end
module B = F (struct let a = 1 end)
let k = let open struct let q = (1 [@alert 5]) end in q
module Y : sig
  val old : int [@@alert foo "old"]
end = struct
  let old = 1
end
(* Up to the ill-formed part, the settings hold for the expression. *)
let w = (Y.old [@alert "-foo +"])
