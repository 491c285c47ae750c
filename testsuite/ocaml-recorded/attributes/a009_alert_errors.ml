(* An alert made an error ([@@@alert "@name"], "++name"): exit status 2,
   checking goes on. *)
module M : sig
  val a : int [@@alert foo "Foo!"]
  val b : int [@@deprecated "Old."]
end = struct
  let a = 1
  let b = 2
end

[@@@alert "@foo"]
let x1 = M.a
[@@@alert "++deprecated"]
let x2 = M.b
[@@@alert "--all"]
let x3 = M.a + M.b
let x4 = String.lowercase "A" [@alert "@deprecated"]
