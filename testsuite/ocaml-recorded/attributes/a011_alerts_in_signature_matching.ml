(* A module constrained to a signature whose values do not carry the
   alerts of the module's: each is raised at the module, with where it is
   defined and where the signature expects it (check_alerts_inclusion). *)
[@@@alert "@all--foo-bar"]
module X : sig
  val x: int [@@alert foo "Foo!"]
  val y: int [@@alert bar "Bar!"]
  val z: int [@@alert baz "Baz!"]
  val t: int [@@alert foo "FOO"] [@@alert bar "BAR"] [@@alert baz "BAZ"]
end = struct
  let x, y, z, t = 0, 0, 0, 0
end
module Z2 : sig
  val x: int
  val y: int
  val z: int
  val t: int
end = X
module Z1 : sig
  val x: int [@@alert foo "Foo!"] [@@alert foo2 "Foo2"]
  val t: int [@@alert foo "FOO"]
end = X
module S : sig val f : int -> int end = struct
  let f [@deprecated "old f"] = fun x -> x
end
